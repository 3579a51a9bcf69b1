using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>Tenancy as a district frontend meets it: the token decides the district, nothing else.</summary>
[Collection(SharedPlatform.Name)]
public class DistrictIsolationTests(PlatformFixture platform)
{
    private async Task<JsonElement> CreateStreetAsync(string token, string name, Action<HttpRequestMessage>? decorate = null)
    {
        using var request = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, new { level = "street", name });
        decorate?.Invoke(request);
        using var response = await platform.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_client_sent_district_header_cannot_change_the_district()
    {
        var lunan = await platform.TokenAsync("lunan");
        var street = await CreateStreetAsync(lunan, "Header Street", r => r.Headers.Add("X-District", "kaiping"));
        var id = street.GetProperty("id").GetString();

        using var me = PlatformFixture.Request(HttpMethod.Get, "/api/grid/me", lunan);
        me.Headers.Add("X-District", "kaiping");
        using var caller = await platform.Gateway.SendAsync(me);
        Assert.Equal("lunan", (await caller.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("district").GetString());

        var kaiping = await platform.TokenAsync("kaiping");
        using var fromKaiping = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, $"/api/grid/units/{id}", kaiping));
        Assert.Equal(HttpStatusCode.NotFound, fromKaiping.StatusCode);

        using var fromLunan = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, $"/api/grid/units/{id}", lunan));
        Assert.Equal(HttpStatusCode.OK, fromLunan.StatusCode);
    }

    [Fact]
    public async Task A_city_level_role_reads_across_districts()
    {
        var street = await CreateStreetAsync(await platform.TokenAsync("lunan"), "City View Street");
        var cityOps = await platform.TokenAsync(district: null, roles: ["city-ops"]);

        using var response = await platform.Gateway.SendAsync(
            PlatformFixture.Request(HttpMethod.Get, $"/api/grid/units/{street.GetProperty("id").GetString()}", cityOps));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_city_level_role_without_district_cannot_create_district_data()
    {
        var cityOps = await platform.TokenAsync(district: null, roles: ["city-ops"]);

        using var response = await platform.Gateway.SendAsync(
            PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", cityOps, new { level = "street", name = "Nowhere" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Services_validate_tokens_themselves_not_only_the_gateway()
    {
        using var direct = platform.App.CreateHttpClient("grid", "http");

        using var response = await direct.GetAsync("/api/grid/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Each_service_reports_its_database_broker_and_outbox_and_needs_no_redis()
    {
        foreach (var domain in platform.Domains)
        {
            using var direct = platform.App.CreateHttpClient(domain, "http");
            using var response = await direct.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var entries = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries");
            var names = entries.EnumerateObject().Select(e => e.Name).ToList();
            Assert.Contains($"{domain}-db", names);
            Assert.Contains($"{domain}-db-migrations", names);
            Assert.Contains(names, n => n.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("outbox", names);
            Assert.DoesNotContain(names, n => n.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        }
    }
}
