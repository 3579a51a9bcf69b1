using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Governance.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Governance.AppHost;

/// <summary>
/// How services validate tokens in this run: a development signing key shared by the gateway's
/// /dev/token issuer and every service (generated per run unless <c>Auth:SigningKey</c> is set),
/// or an OpenID Connect authority (<c>Auth:Authority</c>) for production.
/// </summary>
public sealed record PlatformAuth(string? SigningKey, string? Authority)
{
    public static PlatformAuth From(IDistributedApplicationBuilder builder)
    {
        var authority = builder.Configuration["Auth:Authority"];
        var key = builder.Configuration["Auth:SigningKey"];
        if (string.IsNullOrEmpty(authority) && string.IsNullOrEmpty(key))
        {
            key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        }

        return new PlatformAuth(key, authority);
    }
}

public static class PlatformResources
{
    public const int DefaultGatewayPort = 8080;
    public const string GatewayName = "gateway";

    /// <summary>Each builder's infrastructure and auth, made when its first resource needs them.</summary>
    private static readonly ConditionalWeakTable<IDistributedApplicationBuilder, Platform> Platforms = new();

    /// <summary>
    /// A domain service: its own database, the message broker, token validation, and the gateway's
    /// routes, health entry and API reference (see <see cref="DomainServiceAnnotation"/>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDomainService<TProject>(this IDistributedApplicationBuilder builder, string domain)
        where TProject : IProjectMetadata, new()
    {
        if (builder.Resources.Any(resource => resource.Name == GatewayName))
        {
            throw new InvalidOperationException($"Declare the domain service '{domain}' before the gateway, which fronts the domains declared before it.");
        }

        var platform = PlatformOf(builder);
        return builder.AddProject<TProject>(domain)
            .WithAnnotation(new DomainServiceAnnotation())
            .WithInfrastructure(platform.Infrastructure.Database(domain))
            .WithInfrastructure(platform.Infrastructure.Messaging)
            .WithAuth(platform.Auth)
            .WithMeasurementSettings(builder.Configuration)
            .WithHttpHealthCheck("/health");
    }

    /// <summary>
    /// The single entry point, in front of every domain service declared before it, on a fixed port
    /// (<c>Gateway:Port</c>, default 8080; 0 for any free port).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGateway(this IDistributedApplicationBuilder builder)
    {
        var platform = PlatformOf(builder);
        var port = int.TryParse(builder.Configuration["Gateway:Port"], CultureInfo.InvariantCulture, out var configured)
            ? configured
            : DefaultGatewayPort;
        var gateway = builder.AddProject<Projects.Governance_Gateway>(GatewayName, launchProfileName: null)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);
        // Port 0 lets the orchestrator allocate one (test runs side by side); read it from the endpoint.
        gateway = port == 0
            ? gateway.WithHttpEndpoint(name: "http")
            : gateway.WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false);
        gateway
            .WithExternalHttpEndpoints()
            .WithInfrastructure(platform.Infrastructure.Cache)
            .WithAuth(platform.Auth)
            .WithMeasurementSettings(builder.Configuration)
            .WithHttpHealthCheck("/health");
        var domains = DomainServices.Declared(builder.Resources).ToList();
        foreach (var domain in domains)
        {
            gateway.WithReference(builder.CreateResourceBuilder(domain));
        }

        // Read when the gateway starts, so bulk routes declared after this call still reach it.
        gateway.WithEnvironment(context =>
        {
            foreach (var (name, value) in domains.SelectMany(DomainServices.GatewaySettings))
            {
                context.EnvironmentVariables[name] = value;
            }
        });

        builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (_, _) =>
        {
            Console.WriteLine($"Gateway ready: {gateway.GetEndpoint("http").Url} (health: /health, API reference: /scalar)");
            return Task.CompletedTask;
        });
        return gateway;
    }

    private static Platform PlatformOf(IDistributedApplicationBuilder builder) =>
        Platforms.GetValue(builder, static created => new Platform(created.AddPlatformInfrastructure(), PlatformAuth.From(created)));

    /// <summary>
    /// What a benchmark may change so that it measures the services rather than the development
    /// tooling around them (bench/cases.sh measured both): <c>Telemetry:TraceSampleRatio</c> keeps
    /// that share of traces (parent-based, so a request's trace is whole or absent) where the
    /// dashboard otherwise ingests every span; <c>Endpoints:Proxied=false</c> lets callers reach
    /// each service's own port instead of going through the orchestrator's endpoint proxy, a hop
    /// production does not have (replicas need the proxy).
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithMeasurementSettings(this IResourceBuilder<ProjectResource> project, ConfigurationManager configuration)
    {
        if (configuration["Telemetry:TraceSampleRatio"] is { Length: > 0 } ratio)
        {
            project.WithEnvironment("OTEL_TRACES_SAMPLER", "parentbased_traceidratio").WithEnvironment("OTEL_TRACES_SAMPLER_ARG", ratio);
        }

        if (!configuration.GetValue("Endpoints:Proxied", defaultValue: true))
        {
            project.WithEndpoint("http", endpoint => endpoint.IsProxied = false, createIfNotExists: false);
        }

        return project;
    }

    private static IResourceBuilder<ProjectResource> WithAuth(this IResourceBuilder<ProjectResource> project, PlatformAuth auth)
    {
        if (auth.SigningKey is not null)
        {
            project.WithEnvironment("Auth__SigningKey", auth.SigningKey);
        }

        if (auth.Authority is not null)
        {
            project.WithEnvironment("Auth__Authority", auth.Authority);
        }

        return project;
    }

    private sealed record Platform(PlatformInfrastructure Infrastructure, PlatformAuth Auth);
}
