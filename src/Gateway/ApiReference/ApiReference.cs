using Scalar.AspNetCore;

namespace Governance.Gateway.ApiReference;

/// <summary>
/// <c>/scalar</c>: one API reference over every domain service. Each service's OpenAPI document
/// is proxied at <c>/openapi/{domain}.json</c> (routes in <c>ReverseProxy</c>); all of them together
/// are at <see cref="MergedOpenApi.Path"/>.
/// </summary>
public static class ApiReferenceEndpoints
{
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var domains = app.Configuration.GetSection("Gateway:Services").Get<Dictionary<string, string>>() ?? [];
        app.MapScalarApiReference(options =>
        {
            options.WithTitle("Governance API");
            foreach (var domain in domains.Keys)
            {
                options.AddDocument(domain, domain, $"/openapi/{domain}.json");
            }

            options.AddDocument("governance", "all services", MergedOpenApi.Path);
        }).AllowAnonymous();
        return app;
    }
}
