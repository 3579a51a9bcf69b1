using System.Security.Claims;
using System.Text;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Yarp.ReverseProxy.Configuration;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>A domain service stand-in on a real Kestrel port, so the gateway forwards over real HTTP.</summary>
internal sealed class StubService : IAsyncDisposable
{
    private const string SigningKey = "stub-gateway-signing-key-of-at-least-32-bytes";

    private readonly WebApplication app;

    private StubService(WebApplication app) => this.app = app;

    public string Address => app.Urls.Single();

    public static async Task<StubService> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new StubService(app);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>
    /// A production gateway fronting one domain, grid, at <paramref name="gridAddress"/>, its API
    /// opened to anonymous callers (<see cref="ProxyConfigEdit.OpenApis"/>).
    /// </summary>
    public static WebApplicationFactory<Program> Gateway(string gridAddress, params (string Key, string Value)[] settings) =>
        WithProxyEdit(GatewayFronting("grid", gridAddress, settings), ProxyConfigEdit.OpenApis);

    /// <summary>A production gateway that knows one domain, <paramref name="domain"/> at <paramref name="address"/>, as the AppHost would describe it.</summary>
    public static WebApplicationFactory<Program> GatewayFronting(string domain, string address, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production")
                .UseSetting("ConnectionStrings:cache", "127.0.0.1:1,abortConnect=false")
                .UseSetting("Aspire:StackExchange:Redis:DisableHealthChecks", "true")
                .UseSetting("Auth:SigningKey", SigningKey)
                .UseSetting($"Gateway:Domains:{domain}:Address", address);
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });

    public static WebApplicationFactory<Program> WithProxyEdit(WebApplicationFactory<Program> gateway, ProxyConfigEdit edit) =>
        gateway.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IProxyConfigFilter>(edit)));

    /// <summary>A token the gateway made by <see cref="GatewayFronting"/> accepts.</summary>
    public static string Token(string? district, params string[] roles)
    {
        var claims = new List<Claim> { new(DistrictCaller.SubjectClaim, "stub-caller") };
        if (district is not null)
        {
            claims.Add(new Claim(DistrictCaller.DistrictClaim, district));
        }

        claims.AddRange(roles.Select(role => new Claim(DistrictCaller.RoleClaim, role)));
        var expected = new AuthOptions();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = expected.Issuer,
            Audience = expected.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An address where nothing listens: a port the system gave out and took back.</summary>
    public static string ClosedAddress()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
