using Governance.Gateway.RateLimiting;
using Governance.ServiceDefaults.Security;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Transforms;

namespace Governance.Gateway.Proxy;

/// <summary>
/// The YARP routes and clusters of every domain in the <see cref="DomainCatalog"/>, the same for
/// each domain: the API behind a token, the rate limit and CORS; its public paths (if it declares any)
/// open to anyone but rate-limited too; its event streams without a deadline; the OpenAPI document open to
/// anyone; the operations API for the <c>platform-ops</c> role only.
/// </summary>
public static class DomainRoutes
{
    /// <summary>YARP's names for the application's default authorization and CORS policies, and for no authorization.</summary>
    private const string DefaultPolicy = "default";
    private const string AnonymousPolicy = "anonymous";

    /// <summary>YARP's name for no request timeout on a route.</summary>
    private const string DisabledTimeout = "Disable";

    /// <summary>Longer than any default request deadline: the deadline, not an idle connection, ends a slow request.</summary>
    private static readonly TimeSpan MinimumActivityTimeout = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<RouteConfig> Routes(DomainCatalog catalog) => catalog.Domains.SelectMany(RoutesOf).ToList();

    public static IReadOnlyList<ClusterConfig> Clusters(DomainCatalog catalog) => catalog.Domains.Select(ClusterOf).ToList();

    private static IEnumerable<RouteConfig> RoutesOf(DomainService domain)
    {
        yield return Api(domain.Name, new RouteMatch { Path = $"{domain.ApiPrefix}/{{**rest}}" });
        foreach (var bulk in domain.BulkRoutes)
        {
            yield return Api($"{domain.Name} {bulk.Method} {bulk.Path}", new RouteMatch { Path = bulk.Path, Methods = [bulk.Method] }) with
            {
                Timeout = bulk.Timeout,
            };
        }

        foreach (var path in domain.PublicPaths.Select(publicPath => publicPath.Prefix))
        {
            // The domain answers anonymous callers itself; the rate limit partitions them by app key or address.
            yield return Api($"{domain.Name} public {path}", new RouteMatch { Path = $"{path}/{{**rest}}" }) with
            {
                AuthorizationPolicy = AnonymousPolicy,
            };
        }

        foreach (var path in domain.EventStreams)
        {
            // Held open for hours, so no deadline; the domain checks a token or a ticket itself.
            yield return Api($"{domain.Name} stream {path}", new RouteMatch { Path = path, Methods = [HttpMethods.Get] }) with
            {
                AuthorizationPolicy = AnonymousPolicy,
                TimeoutPolicy = DisabledTimeout,
            };
        }

        yield return new RouteConfig
        {
            RouteId = $"{domain.Name}-openapi",
            ClusterId = domain.Name,
            AuthorizationPolicy = AnonymousPolicy,
            Match = new RouteMatch { Path = $"/openapi/{domain.Name}.json", Methods = [HttpMethods.Get] },
        }.WithTransformPathSet("/openapi/v1.json");

        yield return new RouteConfig
        {
            RouteId = $"{domain.Name}-ops",
            ClusterId = domain.Name,
            AuthorizationPolicy = Authentication.PlatformOpsPolicy,
            Match = new RouteMatch { Path = $"/ops/{domain.Name}/{{**rest}}" },
        }.WithTransformPathRouteValues("/ops/{**rest}");

        RouteConfig Api(string routeId, RouteMatch match) => new()
        {
            RouteId = routeId,
            ClusterId = domain.Name,
            AuthorizationPolicy = DefaultPolicy,
            RateLimiterPolicy = DistrictRateLimiting.PolicyName,
            CorsPolicy = DefaultPolicy,
            Match = match,
        };
    }

    private static ClusterConfig ClusterOf(DomainService domain) => new()
    {
        ClusterId = domain.Name,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [domain.Name] = new() { Address = domain.Address.OriginalString },
        },
        HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig
        {
            ActivityTimeout = domain.BulkRoutes.Select(route => route.Timeout).Append(MinimumActivityTimeout).Max(),
        },
        HealthCheck = new HealthCheckConfig
        {
            // An only instance keeps its requests even when it fails its probes: a problem from it beats a 503 from us.
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                ReactivationPeriod = TimeSpan.FromSeconds(5),
            },
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromSeconds(2),
                Timeout = TimeSpan.FromSeconds(1),
                Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                Path = "/alive",
            },
        },
    };
}
