using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Governance.ServiceDefaults.Telemetry;

public static class GovernanceTelemetry
{
    /// <summary>The ActivitySource and Meter that Governance's own code reports through.</summary>
    public const string SourceName = "Governance";

    private const string MassTransitSource = "MassTransit";

    public static IHostApplicationBuilder AddGovernanceTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            // Scopes carry the district, so logs can be filtered by it like traces.
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitSource, SourceName, "Npgsql"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, SourceName, MassTransitSource, "Npgsql")
                .AddProcessor(new DistrictTagProcessor())
                .AddAspNetCoreInstrumentation(o =>
                    // Health probes every few seconds would drown the traces ops engineers look for.
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                        && !context.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
