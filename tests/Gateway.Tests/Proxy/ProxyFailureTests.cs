using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Configuration;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>What a caller gets when a service is slow, gone or has no instance: a problem naming it, never a bare status.</summary>
public class ProxyFailureTests
{
    /// <summary>Asserts the answer is a problem of <paramref name="status"/> and returns its detail.</summary>
    internal static async Task<string> ProblemDetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
        return problem.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task A_service_slower_than_the_request_timeout_is_504_after_the_timeout()
    {
        await using var grid = await StubService.StartAsync(app => app.MapGet("/api/grid/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            return "too late";
        }));
        await using var gateway = StubService.Gateway(grid.Address, ("Gateway:RequestTimeout", "00:00:01"));
        using var client = gateway.CreateClient();

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/grid/slow");
        watch.Stop();

        Assert.Equal("The grid service did not answer within 1 s.", await ProblemDetailAsync(response, HttpStatusCode.GatewayTimeout));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_bulk_route_with_its_own_timeout_waits_longer_than_the_default()
    {
        await using var grid = await StubService.StartAsync(app => app.MapGet("/api/grid/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            return "in time";
        }));
        await using var gateway = StubService.Gateway(grid.Address, ("Gateway:RequestTimeout", "00:00:01"),
            ("Gateway:Domains:grid:BulkRoutes:0:Method", "GET"),
            ("Gateway:Domains:grid:BulkRoutes:0:Path", "/slow"),
            ("Gateway:Domains:grid:BulkRoutes:0:Timeout", "00:00:05"),
            ("Gateway:Domains:grid:BulkRoutes:0:MaxRequestBodyBytes", "1048576"));
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/grid/slow");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_is_502_naming_it()
    {
        await using var gateway = StubService.Gateway(StubService.ClosedAddress());
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/grid/units");

        Assert.Contains("grid service", await ProblemDetailAsync(response, HttpStatusCode.BadGateway), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_without_any_instance_is_503_with_retry_after()
    {
        await using var gateway = StubService.WithProxyEdit(
            StubService.Gateway(StubService.ClosedAddress(), ("Gateway:Domains:nowhere:Address", StubService.ClosedAddress())),
            new ProxyConfigEdit(cluster: config => config.ClusterId == "nowhere" ? config with { Destinations = new Dictionary<string, DestinationConfig>() } : config));
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/nowhere/units");

        Assert.Contains("nowhere service", await ProblemDetailAsync(response, HttpStatusCode.ServiceUnavailable), StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
