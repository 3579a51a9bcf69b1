using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Governance.EndToEnd.Tests.Gateway;

[Collection(SharedPlatform.Name)]
public class GatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task Health_reports_every_service_healthy()
    {
        using var response = await platform.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        foreach (var domain in platform.Domains)
        {
            Assert.Equal("Healthy", report.GetProperty("entries").GetProperty(domain).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_service_without_its_database_is_degraded_and_the_gateway_stays_ready()
    {
        await platform.App.ExecuteOnServerAsync("ALTER DATABASE volunteers ALLOW_CONNECTIONS false");
        await platform.App.ExecuteOnServerAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'volunteers'");
        try
        {
            var (status, report) = await GatewayHealthAsync(until: volunteers => volunteers != "Healthy");

            Assert.Equal(HttpStatusCode.OK, status);
            var volunteers = report.GetProperty("entries").GetProperty("volunteers");
            Assert.Equal("Degraded", volunteers.GetProperty("status").GetString());
            Assert.StartsWith("volunteers answered 503: ", volunteers.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal("Healthy", report.GetProperty("entries").GetProperty("grid").GetProperty("status").GetString());
        }
        finally
        {
            await platform.App.ExecuteOnServerAsync("ALTER DATABASE volunteers ALLOW_CONNECTIONS true");
            await GatewayHealthAsync(until: volunteers => volunteers == "Healthy"); // the tests after this one find it whole
        }
    }

    /// <summary>The gateway's health report, read again (for up to 10 s) until the volunteers entry's status is as wanted.</summary>
    private async Task<(HttpStatusCode Status, JsonElement Report)> GatewayHealthAsync(Func<string?, bool> until)
    {
        for (var tries = 0; ; tries++)
        {
            using var response = await platform.Gateway.GetAsync("/health");
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (until(report.GetProperty("entries").GetProperty("volunteers").GetProperty("status").GetString()) || tries == 50)
            {
                return (response.StatusCode, report);
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Each_service_answers_an_authenticated_call_through_the_gateway()
    {
        var token = await platform.TokenAsync("lunan", ["district-admin"], "u1");
        foreach (var domain in platform.Domains)
        {
            using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, $"/api/{domain}/me", token));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var caller = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(domain, caller.GetProperty("service").GetString());
            Assert.Equal("lunan", caller.GetProperty("district").GetString());
            Assert.Equal("u1", caller.GetProperty("subject").GetString());
        }
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_with_a_problem()
    {
        using var response = await platform.Gateway.GetAsync("/api/grid/units");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_token_signed_by_another_key_gets_401()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "governance-dev",
            Audience = "governance",
            Subject = new ClaimsIdentity([new Claim("sub", "mallory"), new Claim("district", "lunan")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(48)), SecurityAlgorithms.HmacSha256),
        });

        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/units", forged));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_a_district_gets_403_on_district_data()
    {
        var token = await platform.TokenAsync(district: null);

        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/units", token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_district_sends_429_with_retry_after_once_over_its_limit()
    {
        var token = await platform.TokenAsync(PlatformFixture.ThrottledDistrict);
        for (var i = 0; i < PlatformFixture.ThrottledLimit; i++)
        {
            using var allowed = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/me", token));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/me", token));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);

        // The limit is per district: another district is not affected.
        var other = await platform.TokenAsync("kaiping");
        using var unaffected = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/me", other));
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var token = await platform.TokenAsync("lunan");
        using var request = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token);
        request.Content = new StringContent(new string('x', 2 * 1024 * 1024), System.Text.Encoding.UTF8, "application/json");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dev_token_is_served_in_development()
    {
        using var response = await platform.Gateway.PostAsJsonAsync("/dev/token", new { district = "lunan", roles = new[] { "district-admin" }, sub = "u1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
    }

    [Fact]
    public async Task The_api_reference_lists_every_service_document()
    {
        foreach (var domain in platform.Domains)
        {
            using var document = await platform.Gateway.GetAsync($"/openapi/{domain}.json");
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            var openApi = await document.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(openApi.GetProperty("paths").TryGetProperty($"/api/{domain}/me", out _));
        }

        using var reference = await platform.Gateway.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
