using System.Text;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Transforms;

namespace Governance.Gateway.Proxy;

/// <summary>
/// Routes <c>/api/{domain}/**</c> to each domain service, found by service discovery. The routes
/// are built at start from the <see cref="DomainCatalog"/> (<see cref="DomainRoutes"/>), so a
/// domain the AppHost declares is served without a change here. Every request has a deadline
/// (<see cref="DownstreamOptions.RequestTimeout"/>, or its bulk route's own), so a slow service
/// costs its callers a 504 rather than the gateway its connections.
/// </summary>
public static class DomainProxy
{
    /// <summary>Operators list the domains here, e.g. to read every service's error queue.</summary>
    public const string DomainListPath = "/ops";

    public static IHostApplicationBuilder AddDomainProxy(this IHostApplicationBuilder builder)
    {
        var domains = builder.AddDomainCatalog();
        builder.Services.Configure<DownstreamOptions>(builder.Configuration.GetSection(DownstreamOptions.Section));
        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<DownstreamOptions>>((timeouts, downstream) =>
        {
            var timeout = downstream.Value.RequestTimeout;
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = timeout,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => ProxyProblems.WriteGatewayTimeoutAsync(context, timeout),
            };
        });
        builder.Services.AddReverseProxy()
            .LoadFromMemory(DomainRoutes.Routes(domains), DomainRoutes.Clusters(domains))
            .AddServiceDiscoveryDestinationResolver()
            // A header value the client sent in UTF-8 reaches the service as it came; the default
            // (ASCII only) made the forward fail and the caller get 502.
            .ConfigureHttpClient((_, handler) => handler.RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8)
            .AddTransforms(context => context.AddRequestTransform(transform =>
            {
                var stripped = transform.HttpContext.RequestServices.GetRequiredService<IOptions<EdgeOptions>>().Value.StrippedRequestHeaders;
                foreach (var header in stripped)
                {
                    transform.ProxyRequest.Headers.Remove(header);
                }

                return ValueTask.CompletedTask;
            }));

        builder.AddDownstreamHealthChecks(domains);
        return builder;
    }

    public static WebApplication MapDomainProxy(this WebApplication app)
    {
        // The deadline starts after the rate limiter, whose Redis calls fail on their own (after
        // about 5 s); it bounds what the services cost.
        app.UseRequestTimeouts();
        app.MapGet(DomainListPath, (DomainCatalog catalog) => new { domains = catalog.Domains.Select(domain => domain.Name) })
            .RequireAuthorization(Authentication.PlatformOpsPolicy)
            .ExcludeFromDescription();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseProxyProblems();
            proxy.UseIdempotentRetry();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
