using Microsoft.Extensions.Configuration;

namespace Governance.AppHost.Infrastructure;

/// <summary>A connection string a service references, and the resource that must be healthy before it starts.</summary>
public sealed record InfrastructureReference(IResourceBuilder<IResourceWithConnectionString> ConnectionString, IResourceBuilder<IResource> ReadyWhen);

/// <summary>PostgreSQL (one database per service), RabbitMQ and Redis, however this run provides them.</summary>
public sealed class PlatformInfrastructure
{
    public const string MessagingName = "messaging";
    public const string CacheName = "cache";

    public required InfrastructureMode Mode { get; init; }

    public required InfrastructureReference Messaging { get; init; }

    public required InfrastructureReference Cache { get; init; }

    /// <summary>The database of one domain service: database <c>{domain}</c>, connection string <c>{domain}-db</c>.</summary>
    public required Func<string, InfrastructureReference> Database { get; init; }

    public static string DatabaseResourceName(string domain) => $"{domain}-db";
}

public static class PlatformInfrastructureExtensions
{
    public static PlatformInfrastructure AddPlatformInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var servers = LocalServers.Discover();
        var mode = InfrastructureModeSelector.Resolve(builder.Configuration[InfrastructureModeSelector.ConfigurationKey], ContainerEngine.Answers, servers);
        Console.WriteLine($"Infrastructure mode: {mode.ToString().ToLowerInvariant()}");
        return mode switch
        {
            InfrastructureMode.Containers => ContainerInfrastructure.Add(builder),
            InfrastructureMode.Local => LocalInfrastructure.Add(builder, servers),
            InfrastructureMode.External => ExternalInfrastructure.Add(builder),
            _ => throw new InvalidOperationException($"Unexpected infrastructure mode {mode}."),
        };
    }

    /// <summary>References the infrastructure and starts only once it is healthy.</summary>
    public static IResourceBuilder<T> WithInfrastructure<T>(this IResourceBuilder<T> resource, InfrastructureReference reference)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport =>
        resource.WithReference(reference.ConnectionString).WaitFor(reference.ReadyWhen);
}

internal static class ContainerInfrastructure
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var rabbit = builder.AddRabbitMQ(PlatformInfrastructure.MessagingName);
        var redis = builder.AddRedis(PlatformInfrastructure.CacheName);
        return new PlatformInfrastructure
        {
            Mode = InfrastructureMode.Containers,
            Messaging = new(rabbit, rabbit),
            Cache = new(redis, redis),
            Database = domain =>
            {
                var database = postgres.AddDatabase(PlatformInfrastructure.DatabaseResourceName(domain), domain);
                return new(database, database);
            },
        };
    }
}

internal static class ExternalInfrastructure
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var messaging = builder.AddConnectionString(PlatformInfrastructure.MessagingName);
        var cache = builder.AddConnectionString(PlatformInfrastructure.CacheName);
        return new PlatformInfrastructure
        {
            Mode = InfrastructureMode.External,
            Messaging = new(messaging, messaging),
            Cache = new(cache, cache),
            Database = domain =>
            {
                var database = builder.AddConnectionString(PlatformInfrastructure.DatabaseResourceName(domain));
                return new(database, database);
            },
        };
    }
}
