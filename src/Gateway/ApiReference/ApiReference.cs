using Governance.Gateway.Proxy;
using Scalar.AspNetCore;

namespace Governance.Gateway.ApiReference;

/// <summary>
/// <c>/scalar</c>: one API reference over every domain service. Each service's OpenAPI document
/// is proxied at <c>/openapi/{domain}.json</c> (<see cref="DomainRoutes"/>); all of them together
/// are at <see cref="MergedOpenApi.Path"/>.
/// </summary>
public static class ApiReferenceEndpoints
{
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<DomainCatalog>();
        app.MapScalarApiReference(options =>
        {
            options.WithTitle("Governance API");
            foreach (var domain in catalog.Domains)
            {
                options.AddDocument(domain.Name, domain.Name, $"/openapi/{domain.Name}.json");
            }

            options.AddDocument("governance", "all services", MergedOpenApi.Path);
        }).AllowAnonymous();
        return app;
    }
}
