using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Governance.Gateway.Proxy;

public sealed class EdgeOptions
{
    public const string Section = "Edge";

    /// <summary>Origins of the district frontends allowed to call the gateway from a browser.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Bulk endpoints (path → largest body in bytes), such as a district's territory import, which carries thousands of polygons.</summary>
    public Dictionary<string, long> BulkRequestBodyBytes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Headers only the platform may set (identity, tenancy, forwarding). A client's copy is
    /// removed before the request reaches a service, so it can never change the district.
    /// </summary>
    public string[] StrippedRequestHeaders { get; set; } = [];
}

public static class EdgeProtection
{
    public static IHostApplicationBuilder AddEdgeProtection(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EdgeOptions.Section).Get<EdgeOptions>() ?? new EdgeOptions();
        builder.Services.Configure<EdgeOptions>(builder.Configuration.GetSection(EdgeOptions.Section));
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(options.CorsOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Location", "Retry-After", "Idempotency-Replayed")));
        return builder;
    }

    public static WebApplication UseEdgeProtection(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<EdgeOptions>>().Value;
        var bulkLimits = new Dictionary<string, long>(options.BulkRequestBodyBytes, StringComparer.OrdinalIgnoreCase);
        app.UseCors();
        app.Use(async (context, next) =>
        {
            var limit = bulkLimits.GetValueOrDefault(context.Request.Path.Value?.TrimEnd('/') ?? "", options.MaxRequestBodyBytes);
            if (context.Request.ContentLength > limit)
            {
                await ProblemResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large.",
                    $"Request bodies are limited to {limit} bytes.");
                return;
            }

            // Chunked bodies carry no length: let Kestrel stop them at the same limit while they stream.
            var bodySize = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (bodySize is { IsReadOnly: false })
            {
                bodySize.MaxRequestBodySize = limit;
            }

            await next(context);
        });
        return app;
    }
}
