using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>A domain service stand-in on a real Kestrel port, so the gateway forwards over real HTTP.</summary>
internal sealed class StubService : IAsyncDisposable
{
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
    /// A production gateway whose grid route and every health entry lead to <paramref name="gridAddress"/>.
    /// The grid route is opened to anonymous callers and left out of the rate limiter, which needs the
    /// Redis these tests do not start.
    /// </summary>
    public static WebApplicationFactory<Program> Gateway(string gridAddress, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production")
                .UseSetting("ConnectionStrings:cache", "127.0.0.1:1,abortConnect=false")
                .UseSetting("Aspire:StackExchange:Redis:DisableHealthChecks", "true")
                .UseSetting("Auth:Authority", "https://login.example.invalid/realms/governance")
                .UseSetting("ReverseProxy:Routes:grid:AuthorizationPolicy", "anonymous")
                .UseSetting("ReverseProxy:Routes:grid:RateLimiterPolicy", "Disable")
                .UseSetting("ReverseProxy:Clusters:grid:Destinations:grid:Address", gridAddress);
            foreach (var domain in new[] { "grid", "volunteers", "events", "party" })
            {
                host.UseSetting($"Gateway:Services:{domain}", gridAddress);
            }

            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });

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
