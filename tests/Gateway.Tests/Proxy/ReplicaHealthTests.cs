using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>
/// A cluster of two instances, one of them dead (its port closed, as after SIGKILL): the gateway's
/// health checks stop sending it requests within 5 s, reads never fail meanwhile, and an only
/// instance is never taken out of its own cluster.
/// </summary>
public class ReplicaHealthTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StopsRoutingWithin = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_dead_instance_stops_getting_requests_within_5_s_and_reads_never_fail()
    {
        await using var grid = await StubService.StartAsync(app =>
        {
            app.MapGet("/alive", () => "alive");
            app.Map("/api/grid/units", () => Results.Ok());
        });
        // Two instances, as service discovery hands them to the gateway under Aspire without its proxy.
        await using var gateway = StubService.Gateway("http://grid",
            ("services:grid:http:0", grid.Address),
            ("services:grid:http:1", StubService.ClosedAddress()));
        using var client = gateway.CreateClient();

        var failedWrites = new List<TimeSpan>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StopsRoutingWithin + TimeSpan.FromSeconds(2))
        {
            using var read = await client.GetAsync("/api/grid/units");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            using var write = await client.PostAsync("/api/grid/units", new StringContent("{}"));
            if (write.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.BadGateway, write.StatusCode);
                failedWrites.Add(watch.Elapsed);
            }

            await Task.Delay(20);
        }

        output.WriteLine($"{failedWrites.Count} writes failed, the last {failedWrites.LastOrDefault().TotalSeconds:0.00} s in");
        // Whether a write reached the dead instance before the first probe took it out is a race; that it was taken out is not.
        Assert.True(gateway.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster("grid", out var cluster));
        var health = cluster.Destinations.Values.ToDictionary(d => d.DestinationId, d => d.Health.Active);
        Assert.True(health.Count == 2 && health.Count(d => d.Value == DestinationHealth.Unhealthy) == 1,
            "active health: " + string.Join(", ", health.Select(d => $"{d.Key}={d.Value}")));
        Assert.True(failedWrites.DefaultIfEmpty().Max() < StopsRoutingWithin, $"writes still failed {failedWrites.DefaultIfEmpty().Max().TotalSeconds:0.0} s in");
    }

    [Fact]
    public async Task An_only_instance_that_fails_its_probes_keeps_getting_requests()
    {
        await using var grid = await StubService.StartAsync(app =>
        {
            app.MapGet("/alive", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
            app.Map("/api/grid/units", () => Results.Ok());
        });
        await using var gateway = StubService.Gateway(grid.Address);
        using var client = gateway.CreateClient();
        using var first = await client.GetAsync("/api/grid/units");

        await Task.Delay(StopsRoutingWithin); // probes every 2 s, unhealthy after 2 failures in a row
        using var later = await client.GetAsync("/api/grid/units");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
