using System.Text;
using System.Text.Json;
using FluentValidation;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// The wire conventions district frontends rely on: camelCase JSON, kebab-case enum values,
/// ISO 8601 timestamps with offsets, and a ProblemDetails body on every error response.
/// </summary>
public static class HttpConventions
{
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcTimestampConverter());
    }

    public static IHostApplicationBuilder AddHttpConventions(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString()
                ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            // The server's name and version only help an attacker pick an exploit.
            kestrel.AddServerHeader = false;
            // Header values in UTF-8 (a name in a custom header) are read as such rather than refused;
            // the gateway forwards them the same way.
            kestrel.RequestHeaderEncodingSelector = _ => Encoding.UTF8;
        });
        // Binding failures (malformed JSON, an unknown enum value) surface as BadHttpRequestException,
        // which ProblemExceptionHandler turns into a 400 ProblemDetails that says what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Validation errors name fields as they appear on the wire (camelCase), not as C# properties.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        builder.Services.AddOpenApi(o => o.AddGovernanceConventions().AddDocumentTransformer((document, _, _) =>
        {
            // Clients reach every service through the gateway, so the document names no server of its own.
            document.Servers = [];
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication UseHttpConventions(this WebApplication app)
    {
        var strictTransportSecurity = app.Configuration["Http:StrictTransportSecurity"];
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() => AddSecurityHeaders(context, strictTransportSecurity));
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        return app;
    }

    /// <summary>
    /// Headers every answer carries: no content sniffing, no caching of anything answered to a
    /// token (personal data must not stay in shared caches or the browser's), and, when the
    /// platform is served over TLS, Strict-Transport-Security as configured (e.g.
    /// <c>max-age=31536000; includeSubDomains</c> in <c>Http:StrictTransportSecurity</c>).
    /// </summary>
    private static Task AddSecurityHeaders(HttpContext context, string? strictTransportSecurity)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.Authorization.Count > 0 && headers.CacheControl.Count == 0)
        {
            headers.CacheControl = "no-store";
        }

        if (!string.IsNullOrEmpty(strictTransportSecurity))
        {
            headers.StrictTransportSecurity = strictTransportSecurity;
        }

        return Task.CompletedTask;
    }
}
