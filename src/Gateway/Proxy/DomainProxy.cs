using System.Text;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Transforms;

namespace Governance.Gateway.Proxy;

/// <summary>
/// Routes <c>/api/{domain}/**</c> to each domain service, found by service discovery. Routes
/// are explicit per domain in configuration (<c>ReverseProxy</c>); adding a domain adds a route
/// and a cluster there, and a health entry under <c>Gateway:Services</c>.
/// </summary>
public static class DomainProxy
{
    public static IHostApplicationBuilder AddDomainProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
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

        builder.AddDownstreamHealthChecks();
        return builder;
    }

    public static WebApplication MapDomainProxy(this WebApplication app)
    {
        app.MapReverseProxy();
        return app;
    }
}
