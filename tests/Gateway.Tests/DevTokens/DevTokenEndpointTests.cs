using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Governance.Gateway.Tests.DevTokens;

/// <summary>The development issuer must not exist outside Development.</summary>
public class DevTokenEndpointTests
{
    private static WebApplicationFactory<Program> Gateway(string environment) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment(environment)
            .UseSetting("ConnectionStrings:cache", "127.0.0.1:1,abortConnect=false")
            .UseSetting("Auth:SigningKey", environment == "Development" ? new string('k', 48) : null)
            .UseSetting("Auth:Authority", environment == "Development" ? null : "https://login.example.invalid/realms/governance"));

    [Fact]
    public async Task Dev_token_is_absent_in_production()
    {
        await using var gateway = Gateway("Production");
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/dev/token", new { district = "lunan", roles = new[] { "district-admin" }, sub = "u1" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dev_token_in_development_names_the_district_and_lifetime()
    {
        await using var gateway = Gateway("Development");
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/dev/token", new { district = "lunan", roles = new[] { "district-admin" }, sub = "u1" });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>();
        Assert.True(body!["expires_in"].GetInt32() > 0);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body["access_token"].GetString());
        Assert.Equal("lunan", token.GetClaim("district").Value);
        Assert.Equal("u1", token.Subject);
    }

    [Fact]
    public async Task Dev_token_rejects_a_malformed_district_with_a_problem()
    {
        await using var gateway = Gateway("Development");
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/dev/token", new { district = "Lunan District" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
