using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Governance.Gateway.Proxy;

/// <summary>
/// The gateway's <c>/health</c> includes each domain service's own <c>/health</c>, so one probe
/// tells whether the whole platform is ready and which part is not.
/// </summary>
public static class DownstreamHealthChecks
{
    public const string HttpClientName = "downstream-health";

    public static IHostApplicationBuilder AddDownstreamHealthChecks(this IHostApplicationBuilder builder)
    {
        // Health probes must answer fast and honestly: no retries hiding a failing service.
#pragma warning disable EXTEXP0001 // the only way to opt one client out of the default resilience handler
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        var services = builder.Configuration.GetSection("Gateway:Services").Get<Dictionary<string, string>>() ?? [];
        var checks = builder.Services.AddHealthChecks();
        foreach (var (name, address) in services)
        {
            checks.AddTypeActivatedCheck<DownstreamServiceHealthCheck>(name, HealthStatus.Unhealthy, [], new Uri(new Uri(address), "/health"));
        }

        return builder;
    }
}

internal sealed class DownstreamServiceHealthCheck(IHttpClientFactory clients, Uri healthUri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(DownstreamHealthChecks.HttpClientName).GetAsync(healthUri, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{healthUri.Host} answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{healthUri.Host} is unreachable: {ex.Message}");
        }
    }
}
