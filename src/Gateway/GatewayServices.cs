using Governance.Gateway.ApiReference;
using Governance.Gateway.Cache;
using Governance.Gateway.DevTokens;
using Governance.Gateway.Proxy;
using Governance.Gateway.PublicPaths;
using Governance.Gateway.RateLimiting;

namespace Governance.Gateway;

public static class GatewayServices
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddEdgeProtection();
        builder.AddGatewayCache();
        builder.AddDistrictRateLimiting();
        builder.AddDomainProxy();
        builder.AddPublicPaths();
        builder.AddMergedOpenApi();
        return builder;
    }

    /// <summary>What runs before authentication: CORS and the request body limit.</summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseEdgeProtection();
        return app;
    }

    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.UsePublicCallers();
        app.UseRateLimiter();
        app.MapDevTokens();
        app.MapApiReference();
        app.MapMergedOpenApi();
        app.MapDomainProxy();
        return app;
    }
}
