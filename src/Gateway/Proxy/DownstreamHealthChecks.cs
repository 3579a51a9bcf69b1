using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Governance.Gateway.Proxy;

/// <summary>
/// The gateway's <c>/health</c> lists each domain service's own <c>/health</c>, so one probe tells
/// which part of the platform is not ready. A service that is not is <em>Degraded</em> there, not
/// Unhealthy: the gateway still serves every other service (and answers for the failing one with
/// problems), so one service's database outage must not make a load balancer drop the only entry
/// point.
/// </summary>
public static class DownstreamHealthChecks
{
    public const string HttpClientName = "downstream-health";

    public static IHostApplicationBuilder AddDownstreamHealthChecks(this IHostApplicationBuilder builder, DomainCatalog catalog)
    {
        // Health probes must answer fast and honestly: no retries hiding a failing service, and a
        // short deadline so a hung service cannot hold up the gateway's own /health.
#pragma warning disable EXTEXP0001 // the only way to opt one client out of the default resilience handler
        builder.Services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((services, client) => client.Timeout = services.GetRequiredService<IOptions<DownstreamOptions>>().Value.HealthProbeTimeout)
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        var checks = builder.Services.AddHealthChecks();
        foreach (var domain in catalog.Domains)
        {
            checks.AddTypeActivatedCheck<DownstreamServiceHealthCheck>(domain.Name, HealthStatus.Degraded, [], new Uri(domain.Address, "/health"));
        }

        return builder;
    }
}

internal sealed class DownstreamServiceHealthCheck(IHttpClientFactory clients, IOptions<DownstreamOptions> options, Uri healthUri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = context.Registration.FailureStatus;
        var service = context.Registration.Name;
        try
        {
            using var response = await clients.CreateClient(DownstreamHealthChecks.HttpClientName).GetAsync(healthUri, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(failing, $"{service} answered {(int)response.StatusCode}{await FailingEntriesAsync(response, cancellationToken)}.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(failing, $"{service} did not answer within {options.Value.HealthProbeTimeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex)
        {
            return new HealthCheckResult(failing, $"{service} is unreachable: {ex.Message}");
        }
    }

    /// <summary>The entries of the service's own report that are not healthy (its database, broker…), the reason it is not ready.</summary>
    private static async Task<string> FailingEntriesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var failing = report.RootElement.GetProperty("entries").EnumerateObject()
                .Where(entry => entry.Value.GetProperty("status").GetString() != nameof(HealthStatus.Healthy))
                .Select(entry => entry.Value.TryGetProperty("description", out var why) && why.ValueKind == JsonValueKind.String
                    ? $"{entry.Name} ({why.GetString()})"
                    : entry.Name)
                .ToList();
            return failing.Count == 0 ? "" : $": {string.Join("; ", failing)}";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ""; // not a health report: the status code alone must do
        }
    }
}
