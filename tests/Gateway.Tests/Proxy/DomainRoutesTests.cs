using Governance.Gateway.Proxy;
using Microsoft.Extensions.Configuration;
using Yarp.ReverseProxy.Configuration;

namespace Governance.Gateway.Tests.Proxy;

/// <summary>Every domain gets the routes and cluster the gateway's configuration once spelled out per domain.</summary>
public sealed class DomainRoutesTests
{
    private static readonly DomainCatalog Catalog = new([
        new DomainService("lanterns", new Uri("http://lanterns"), [new BulkRoute("POST", "/api/lanterns/import", TimeSpan.FromMinutes(2), 64 * 1024 * 1024)], [new PublicPath("/lamplight", PublicErrorBody.ProblemDetails)], ["/api/lanterns/feed"]),
    ]);

    private static RouteConfig Route(string id) => DomainRoutes.Routes(Catalog).Single(route => route.RouteId == id);

    [Fact]
    public void The_api_needs_a_token_is_rate_limited_per_district_and_open_to_the_frontends()
    {
        var api = Route("lanterns");

        Assert.Equal(("lanterns", "default", "per-district", "default"), (api.ClusterId, api.AuthorizationPolicy, api.RateLimiterPolicy, api.CorsPolicy));
        Assert.Equal("/api/lanterns/{**rest}", api.Match.Path);
        Assert.Null(api.Match.Methods);
        Assert.Null(api.Timeout);
    }

    [Fact]
    public void A_bulk_route_is_the_api_with_its_own_method_and_deadline()
    {
        var import = Route("lanterns POST /api/lanterns/import");

        Assert.Equal(("lanterns", "default", "per-district", "default"), (import.ClusterId, import.AuthorizationPolicy, import.RateLimiterPolicy, import.CorsPolicy));
        Assert.Equal("/api/lanterns/import", import.Match.Path);
        Assert.Equal(["POST"], import.Match.Methods!);
        Assert.Equal(TimeSpan.FromMinutes(2), import.Timeout);
    }

    [Fact]
    public void A_public_path_reaches_the_domain_without_a_token_but_rate_limited_and_under_cors()
    {
        var open = Route("lanterns public /lamplight");

        Assert.Equal(("lanterns", "anonymous", "per-district", "default"), (open.ClusterId, open.AuthorizationPolicy, open.RateLimiterPolicy, open.CorsPolicy));
        Assert.Equal("/lamplight/{**rest}", open.Match.Path);
        Assert.Null(open.Transforms);
    }

    [Fact]
    public void An_event_stream_is_a_get_without_a_deadline_that_the_domain_authenticates()
    {
        var stream = Route("lanterns stream /api/lanterns/feed");

        Assert.Equal(("lanterns", "anonymous", "per-district", "default"), (stream.ClusterId, stream.AuthorizationPolicy, stream.RateLimiterPolicy, stream.CorsPolicy));
        Assert.Equal(("/api/lanterns/feed", "Disable"), (stream.Match.Path, stream.TimeoutPolicy));
        Assert.Equal(["GET"], stream.Match.Methods!);
    }

    [Theory]
    [InlineData("lamplight")]
    [InlineData("/lamplight/")]
    [InlineData("/api/other")]
    [InlineData("/ops")]
    public void A_public_path_must_not_shadow_the_gateways_own_prefixes(string path)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Domains:lanterns:Address"] = "http://lanterns",
            ["Gateway:Domains:lanterns:PublicPaths:0:Prefix"] = path,
        }).Build();

        Assert.Throws<InvalidOperationException>(() => DomainCatalog.From(configuration));
    }

    [Fact]
    public void The_openapi_document_is_anonymous_and_read_from_the_services_own_path()
    {
        var openApi = Route("lanterns-openapi");

        Assert.Equal(("lanterns", "anonymous", null, null), (openApi.ClusterId, openApi.AuthorizationPolicy, openApi.RateLimiterPolicy, openApi.CorsPolicy));
        Assert.Equal("/openapi/lanterns.json", openApi.Match.Path);
        Assert.Equal(["GET"], openApi.Match.Methods!);
        Assert.Equal("/openapi/v1.json", Assert.Single(openApi.Transforms!)["PathSet"]);
    }

    [Fact]
    public void The_operations_api_needs_platform_ops_and_loses_the_domain_from_its_path()
    {
        var ops = Route("lanterns-ops");

        Assert.Equal(("lanterns", "platform-ops", null, null), (ops.ClusterId, ops.AuthorizationPolicy, ops.RateLimiterPolicy, ops.CorsPolicy));
        Assert.Equal("/ops/lanterns/{**rest}", ops.Match.Path);
        Assert.Equal("/ops/{**rest}", Assert.Single(ops.Transforms!)["PathPattern"]);
    }

    [Fact]
    public void The_cluster_probes_alive_counts_transport_failures_and_never_empties_itself()
    {
        var cluster = Assert.Single(DomainRoutes.Clusters(Catalog));

        Assert.Equal("http://lanterns", Assert.Single(cluster.Destinations!).Value.Address);
        Assert.Equal(TimeSpan.FromMinutes(2), cluster.HttpRequest!.ActivityTimeout);
        var health = cluster.HealthCheck!;
        Assert.Equal("HealthyOrPanic", health.AvailableDestinationsPolicy);
        Assert.Equal((true, "TransportFailureRate", TimeSpan.FromSeconds(5)), (health.Passive!.Enabled, health.Passive.Policy, health.Passive.ReactivationPeriod));
        Assert.Equal((true, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), "ConsecutiveFailures", "/alive"),
            (health.Active!.Enabled, health.Active.Interval, health.Active.Timeout, health.Active.Policy, health.Active.Path));
    }
}
