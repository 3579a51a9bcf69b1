using System.Reflection;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Governance.BuildingBlocks.Messaging;

public static class Messaging
{
    public const string ConnectionName = "messaging";

    private const string MassTransitTelemetrySource = "MassTransit";

    /// <summary>
    /// Connects the service to RabbitMQ through MassTransit: the consumers found in
    /// <paramref name="consumersAssembly"/> on queues named <c>{service}-{consumer}</c>, in-process
    /// retries with backoff (invalid messages are not retried), then the queue's <c>_error</c>
    /// queue; and the outbox relay for <typeparamref name="TContext"/> (the database
    /// <c>AddServiceDatabase</c> registered). The bus reports to <c>/health</c> and to OpenTelemetry, and the
    /// error queues are served to ops (<see cref="MessagingOpsApi"/>). <paramref name="addConsumers"/>
    /// registers consumers the assembly scan cannot find, such as the shared reference-data consumers.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder, string service, Assembly consumersAssembly, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : MessagingDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.");
        var section = builder.Configuration.GetSection(MessagingOptions.Section);
        builder.Services.Configure<MessagingOptions>(section);
        var settings = section.Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxMetrics>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        // Pooled contexts share options built once, from the root provider: singleton, like the pool.
        builder.Services.ConfigureDbContext<TContext>(
            (services, options) => options.AddInterceptors(services.GetRequiredService<OutboxCommitInterceptor>()), ServiceLifetime.Singleton);
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox");
        var queues = new ConsumerQueues();
        builder.Services.AddSingleton(queues);
        builder.Services.AddSingleton(new BrokerConnection(new Uri(connectionString)));
        builder.Services.AddSingleton<ErrorQueues>();
        builder.Services.AddCallerPipelineStep(app => app.MapMessagingOps());
        builder.Services.AddTelemetrySource(MassTransitTelemetrySource);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(service, includeNamespace: false));
            bus.AddConsumers(consumersAssembly);
            addConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((name, _) => queues.Add(name));
            // Without the broker a service still takes writes (the outbox keeps them), so it is
            // degraded, not unready: an orchestrator must not take it out of service for that.
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.PrefetchCount = settings.PrefetchCount;
                // A database outage is waited out, not counted against the message: with the retries
                // below alone, a PostgreSQL restart of a minute sent every message in flight to _error.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(DatabaseFailures.IsUnavailable);
                    retry.Interval(settings.DatabaseOutageRetryLimit, settings.DatabaseOutageRetryInterval);
                });
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(DatabaseFailures.IsUnavailable);
                    retry.Exponential(settings.RetryLimit, settings.RetryMinInterval, settings.RetryMaxInterval, settings.RetryMinInterval);
                    retry.Ignore<InvalidMessageException>();
                    retry.Ignore<System.Text.Json.JsonException>();
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}

/// <summary>The queues this service consumes from; their <c>_error</c> queues are what ops redrive.</summary>
public sealed class ConsumerQueues
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names
    {
        get
        {
            lock (names)
            {
                return names.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    internal void Add(string name)
    {
        lock (names)
        {
            names.Add(name);
        }
    }
}

public sealed record BrokerConnection(Uri Uri);
