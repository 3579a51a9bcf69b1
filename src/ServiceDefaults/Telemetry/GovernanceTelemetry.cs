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
                .AddMeter(SourceName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, SourceName)
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

    /// <summary>
    /// Reports the traces and metrics of a library a building block brings (its ActivitySource and
    /// Meter share <paramref name="name"/>, as Npgsql's and MassTransit's do) with the process's own.
    /// </summary>
    public static IServiceCollection AddTelemetrySource(this IServiceCollection services, string name)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(name));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(name));
        return services;
    }
}
