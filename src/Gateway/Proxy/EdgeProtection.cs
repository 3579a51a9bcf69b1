using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Governance.Gateway.Proxy;

public sealed class EdgeOptions
{
    public const string Section = "Edge";

    /// <summary>Origins of the district frontends allowed to call the gateway from a browser.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest request target (path and query) accepted, in bytes; longer ones get 414.</summary>
    public int MaxRequestTargetBytes { get; set; } = 8 * 1024;

    /// <summary>Largest total size of the request headers, in bytes; larger ones get 431.</summary>
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

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
        // Kestrel answers over-long request lines and headers itself, with an empty body. Its limits sit
        // well above the edge's own, so that the edge answers first, with a ProblemDetails.
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, options.MaxRequestTargetBytes * 4);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, options.MaxRequestHeadersBytes * 4);
        });
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
        // A domain's bulk routes (an import, say) take larger bodies, whatever the method.
        var bulkLimits = app.Services.GetRequiredService<DomainCatalog>().Domains
            .SelectMany(domain => domain.BulkRoutes)
            .GroupBy(route => route.Path, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(routes => routes.Key, routes => routes.Max(route => route.MaxRequestBodyBytes), StringComparer.OrdinalIgnoreCase);
        app.UseCors();
        app.Use(async (context, next) =>
        {
            if (RequestTargetLength(context.Request) > options.MaxRequestTargetBytes)
            {
                await ProblemResponse.WriteAsync(context, StatusCodes.Status414UriTooLong, "Request URI too long.",
                    $"The path and query are limited to {options.MaxRequestTargetBytes} bytes; send large filters in a body.");
                return;
            }

            if (HeadersLength(context.Request.Headers) > options.MaxRequestHeadersBytes)
            {
                await ProblemResponse.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large.",
                    $"The request headers are limited to {options.MaxRequestHeadersBytes} bytes in all.");
                return;
            }

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

    private static int RequestTargetLength(HttpRequest request) =>
        (request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "").Length;

    private static long HeadersLength(IHeaderDictionary headers)
    {
        long length = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                length += name.Length + (value?.Length ?? 0) + 4; // ": " and CRLF, as on the wire
            }
        }

        return length;
    }
}
