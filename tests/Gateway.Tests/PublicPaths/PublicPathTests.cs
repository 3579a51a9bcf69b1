using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Governance.Gateway.Tests.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Governance.Gateway.Tests.PublicPaths;

/// <summary>A public path declared with GeoReport errors: the gateway's own answers speak GeoReport, and each app key is limited apart.</summary>
public class PublicPathTests
{
    private static readonly (string, string)[] GeoReportPath =
    [
        ("Gateway:Domains:grid:PublicPaths:0:Prefix", "/open311"),
        ("Gateway:Domains:grid:PublicPaths:0:Errors", "GeoReport"),
    ];

    [Fact]
    public async Task The_gateways_own_errors_under_a_geo_report_path_are_the_geo_report_error_body_in_the_requested_format()
    {
        await using var gateway = StubService.Gateway(StubService.ClosedAddress(), GeoReportPath);
        using var client = gateway.CreateClient();

        using var xml = await client.GetAsync("/open311/v2/services.xml?jurisdiction_id=lunan");
        Assert.Equal((HttpStatusCode.BadGateway, "text/xml"), (xml.StatusCode, xml.Content.Headers.ContentType?.MediaType));
        var error = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(("errors", "502"), (error.Name.LocalName, error.Element("error")!.Element("code")!.Value));
        Assert.Contains("grid service", error.Element("error")!.Element("description")!.Value, StringComparison.Ordinal);

        using var json = await client.GetAsync("/open311/v2/services.json?jurisdiction_id=lunan");
        Assert.Equal((HttpStatusCode.BadGateway, "application/json"), (json.StatusCode, json.Content.Headers.ContentType?.MediaType));
        var item = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal(502, item.GetProperty("code").GetInt32());
        Assert.Contains("trace", item.GetProperty("description").GetString(), StringComparison.Ordinal);

        using var api = await client.GetAsync("/api/grid/units");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Each_app_key_has_its_own_allowance_and_the_service_still_reads_the_whole_form()
    {
        await using var grid = await StubService.StartAsync(app => app.MapPost("/open311/v2/requests.json", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return $"{form["api_key"]}:{form["description"]}";
        }));
        // Without the test edit that opens the API: the public path keeps the gateway's rate limit.
        await using var gateway = StubService.GatewayFronting("grid", grid.Address, [.. GeoReportPath, ("RateLimiting:PermitLimit", "2")]);
        using var client = gateway.CreateClient();

        async Task<HttpResponseMessage> PostAsync(string? key, string description)
        {
            var fields = new Dictionary<string, string> { ["description"] = description };
            if (key is not null)
            {
                fields["api_key"] = key;
            }

            return await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(fields));
        }

        foreach (var description in new[] { "路灯不亮", "café" })
        {
            using var accepted = await PostAsync("key-a", description);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal($"key-a:{description}", await accepted.Content.ReadAsStringAsync());
        }

        using var limited = await PostAsync("key-a", "third");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(429, JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32());

        using var otherApp = await PostAsync("key-b", "from the same address");
        Assert.Equal(HttpStatusCode.OK, otherApp.StatusCode);
        using var withoutKey = await PostAsync(null, "counted by address");
        Assert.Equal(HttpStatusCode.OK, withoutKey.StatusCode);
        using var queryKey = await client.GetAsync("/open311/v2/requests.json?api_key=key-a");
        Assert.Equal(HttpStatusCode.TooManyRequests, queryKey.StatusCode);
    }

    [Fact]
    public async Task A_form_the_gateway_cannot_decode_still_reaches_the_service_to_refuse()
    {
        await using var grid = await StubService.StartAsync(app => app.MapPost("/open311/v2/requests.json", () => Results.Text("refused by the service", statusCode: 400)));
        await using var gateway = StubService.Gateway(grid.Address, GeoReportPath);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/open311/v2/requests.json",
            new StringContent("api_key=a&description=North%00Gate", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal((HttpStatusCode.BadRequest, "refused by the service"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }
}
