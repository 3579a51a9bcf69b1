using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Health;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Security;
using Governance.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The cross-cutting defaults every Governance process gets with one call: telemetry, health,
/// service discovery, resilient HTTP clients, ProblemDetails, JSON conventions, JWT validation,
/// the district context. The building blocks a service adds (its database, messaging) plug
/// their middleware and endpoints in through <see cref="CallerPipeline"/>.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddGovernanceTelemetry();
        builder.AddGovernanceHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddHttpConventions();
        builder.AddGovernanceAuthentication();
        builder.Services.AddDistrictContext(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The middleware every Governance process runs, in order, and the health endpoints.
    /// Call before mapping the service's own API.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseHttpConventions();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseDistrictScope();
        app.UseCallerPipelineSteps();
        app.MapGovernanceHealthChecks();
        return app;
    }
}
