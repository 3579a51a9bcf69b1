using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>
/// The gateway serves a domain it has never heard of, named only in its settings as the AppHost
/// hands them over: its API behind a token, its OpenAPI document, its operations API for the
/// <c>platform-ops</c> role, its health entry and its bulk route.
/// </summary>
public sealed class UnknownDomainTests
{
    private const string Domain = "lanterns";

    private static Task<StubService> LanternsAsync() => StubService.StartAsync(app =>
    {
        app.MapGet("/alive", () => "alive");
        app.MapGet("/health", () => Results.Json(new { status = "Healthy", entries = new { } }));
        app.MapGet("/openapi/v1.json", () => Results.Text("""
            { "openapi": "3.1.1", "info": { "title": "lanterns", "version": "1.0.0" },
              "paths": { "/api/lanterns/glow": { "get": { "responses": { "200": { "description": "OK" } } } } } }
            """, "application/json"));
        app.Map("/api/lanterns/{**rest}", (HttpRequest request) => $"{request.Method} {request.Path} {request.Headers.Authorization}");
        app.Map("/ops/{**rest}", (HttpRequest request) => $"ops {request.Path}");
    });

    private static HttpRequestMessage Get(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    [Fact]
    public async Task Its_api_is_proxied_to_callers_with_a_token_only()
    {
        await using var lanterns = await LanternsAsync();
        await using var gateway = StubService.GatewayFronting(Domain, lanterns.Address);
        using var client = gateway.CreateClient();
        var token = StubService.Token("lunan", "district-admin");

        using var anonymous = await client.SendAsync(Get("/api/lanterns/glow", token: null));
        using var member = await client.SendAsync(Get("/api/lanterns/glow", token));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal($"GET /api/lanterns/glow Bearer {token}", await member.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Its_openapi_document_is_served_to_anyone_and_merged_into_the_reference()
    {
        await using var lanterns = await LanternsAsync();
        await using var gateway = StubService.GatewayFronting(Domain, lanterns.Address);
        using var client = gateway.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/lanterns.json");
        var merged = await client.GetFromJsonAsync<JsonElement>("/openapi/governance.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/lanterns/glow", out _));
        Assert.True(merged.GetProperty("paths").TryGetProperty("/api/lanterns/glow", out _));
        Assert.Contains(Domain, merged.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_operations_api_needs_the_platform_ops_role_and_lists_it()
    {
        await using var lanterns = await LanternsAsync();
        await using var gateway = StubService.GatewayFronting(Domain, lanterns.Address);
        using var client = gateway.CreateClient();
        var ops = StubService.Token(district: null, "platform-ops");

        using var admin = await client.SendAsync(Get("/ops/lanterns/messaging/errors", StubService.Token("lunan", "district-admin")));
        using var operations = await client.SendAsync(Get("/ops/lanterns/messaging/errors", ops));
        using var list = await client.SendAsync(Get("/ops", ops));

        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, operations.StatusCode);
        Assert.Equal("ops /ops/messaging/errors", await operations.Content.ReadAsStringAsync());
        Assert.Equal([Domain], (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("domains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Its_health_is_an_entry_of_the_gateways()
    {
        await using var lanterns = await LanternsAsync();
        await using var gateway = StubService.GatewayFronting(Domain, lanterns.Address);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Healthy", report.GetProperty("entries").GetProperty(Domain).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Its_bulk_route_takes_a_body_larger_than_the_default_limit()
    {
        await using var lanterns = await LanternsAsync();
        await using var gateway = StubService.GatewayFronting(Domain, lanterns.Address,
            ("Gateway:Domains:lanterns:BulkRoutes:0:Method", "POST"),
            ("Gateway:Domains:lanterns:BulkRoutes:0:Path", "/import"),
            ("Gateway:Domains:lanterns:BulkRoutes:0:Timeout", "00:02:00"),
            ("Gateway:Domains:lanterns:BulkRoutes:0:MaxRequestBodyBytes", "4194304"));
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StubService.Token("lunan", "district-admin"));
        var twoMegabytes = new string('x', 2 * 1024 * 1024);

        using var bulk = await client.PostAsync("/api/lanterns/import", new StringContent(twoMegabytes));
        using var ordinary = await client.PostAsync("/api/lanterns/glow", new StringContent(twoMegabytes));

        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        await ProxyFailureTests.ProblemDetailAsync(ordinary, HttpStatusCode.RequestEntityTooLarge);
    }
}
