using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>A service that is not ready leaves the gateway ready: its entry is Degraded, with the reason, and quickly.</summary>
public class DownstreamHealthTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Grid)> GatewayHealthAsync(StubService grid)
    {
        await using var gateway = StubService.Gateway(grid.Address, ("Gateway:HealthProbeTimeout", "00:00:01"));
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, report.GetProperty("entries").GetProperty("grid"));
    }

    [Fact]
    public async Task A_service_whose_database_is_down_is_degraded_and_the_gateway_stays_ready()
    {
        await using var grid = await StubService.StartAsync(app => app.MapGet("/health", () => Results.Json(
            new { status = "Unhealthy", entries = new { grid_db = new { status = "Unhealthy", description = "connection refused" }, self = new { status = "Healthy" } } },
            statusCode: StatusCodes.Status503ServiceUnavailable)));

        var (status, entry) = await GatewayHealthAsync(grid);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", entry.GetProperty("status").GetString());
        Assert.EndsWith("answered 503: grid_db (connection refused).", entry.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hung_service_is_degraded_within_the_probe_timeout()
    {
        await using var grid = await StubService.StartAsync(app => app.MapGet("/health", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
            return "too late";
        }));

        var watch = Stopwatch.StartNew();
        var (status, entry) = await GatewayHealthAsync(grid);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", entry.GetProperty("status").GetString());
        Assert.EndsWith("did not answer within 1 s.", entry.GetProperty("description").GetString(), StringComparison.Ordinal);
        // Far below the service's minute of silence: the probe's deadline, not the service, ended the wait (a loaded CI machine needs slack).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"/health took {watch.Elapsed}");
    }
}
