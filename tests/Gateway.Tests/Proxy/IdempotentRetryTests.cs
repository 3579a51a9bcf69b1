using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>An instance that drops the connection before answering: a read or a keyed write is sent again, another write never.</summary>
public class IdempotentRetryTests
{
    /// <summary>A grid whose first answer on each path is a dropped connection, as from an instance killed mid-request.</summary>
    private static Task<StubService> FlakyGridAsync(Dictionary<string, int> calls, List<string>? bodies = null) => StubService.StartAsync(app => app.Map("/api/grid/{name}", async (HttpContext context, string name) =>
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        lock (calls)
        {
            calls[name] = calls.GetValueOrDefault(name) + 1;
            bodies?.Add(body);
            if (calls[name] == 1)
            {
                context.Abort();
                return Results.Empty;
            }
        }

        return Results.Ok(name);
    }));

    [Fact]
    public async Task A_get_whose_connection_dropped_before_any_answer_is_sent_again()
    {
        var calls = new Dictionary<string, int>();
        await using var grid = await FlakyGridAsync(calls);
        await using var gateway = StubService.Gateway(grid.Address);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/grid/units");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls["units"]);
    }

    [Fact]
    public async Task A_post_whose_connection_dropped_is_502_and_not_sent_again()
    {
        var calls = new Dictionary<string, int>();
        await using var grid = await FlakyGridAsync(calls);
        await using var gateway = StubService.Gateway(grid.Address);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/api/grid/units", new StringContent("{}"));

        await ProxyFailureTests.ProblemDetailAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal(1, calls["units"]);
    }
    [Fact]
    public async Task A_keyed_post_whose_connection_dropped_is_sent_again_with_its_body()
    {
        const string street = """{"name":"Retry Street"}""";
        var calls = new Dictionary<string, int>();
        var bodies = new List<string>();
        await using var grid = await FlakyGridAsync(calls, bodies);
        await using var gateway = StubService.Gateway(grid.Address);
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/grid/units") { Content = new StringContent(street) };
        request.Headers.Add("Idempotency-Key", "retry-1");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls["units"]);
        Assert.All(bodies, body => Assert.Equal(street, body));
    }
}
