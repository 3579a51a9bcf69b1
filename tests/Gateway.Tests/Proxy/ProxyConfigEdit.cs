using Yarp.ReverseProxy.Configuration;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>Changes the routes and clusters the gateway builds from its domains, for what a test needs and no setting offers.</summary>
internal sealed class ProxyConfigEdit(Func<RouteConfig, RouteConfig>? route = null, Func<ClusterConfig, ClusterConfig>? cluster = null) : IProxyConfigFilter
{
    /// <summary>
    /// Opens every domain API route to anonymous callers and leaves it out of the rate limiter,
    /// which needs the Redis these tests do not start.
    /// </summary>
    public static readonly ProxyConfigEdit OpenApis = new(route: config => config.RateLimiterPolicy is null
        ? config
        : config with { AuthorizationPolicy = "anonymous", RateLimiterPolicy = "Disable" });

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig config, CancellationToken cancel) =>
        ValueTask.FromResult(cluster?.Invoke(config) ?? config);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig config, ClusterConfig? clusterConfig, CancellationToken cancel) =>
        ValueTask.FromResult(route?.Invoke(config) ?? config);
}
