using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Gateway.Proxy;

namespace Governance.Gateway.ApiReference;

/// <summary>
/// <c>/openapi/governance.json</c>: the domain services' documents (each read from its own
/// <c>/openapi/v1.json</c> through service discovery) merged into one, for generating a client
/// of the whole API. Kept for <see cref="CacheFor"/>, so a client generator's burst of requests
/// costs the services one read each.
/// </summary>
public static class MergedOpenApi
{
    public const string Path = "/openapi/governance.json";
    public const string HttpClientName = "openapi-documents";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static IHostApplicationBuilder AddMergedOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20));
        builder.Services.AddSingleton<MergedOpenApiDocument>();
        return builder;
    }

    public static WebApplication MapMergedOpenApi(this WebApplication app)
    {
        app.MapGet(Path, async (MergedOpenApiDocument merged, HttpContext context, CancellationToken cancellationToken) =>
        {
            try
            {
                return Results.Text(await merged.GetAsync(cancellationToken), "application/json");
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                context.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "A service's OpenAPI document is unavailable.",
                    detail: ex.Message);
            }
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

internal sealed class MergedOpenApiDocument(IHttpClientFactory clients, DomainCatalog catalog, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim refresh = new(1, 1);
    private (string Json, DateTimeOffset ReadAt)? cached;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } json)
        {
            return json;
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
            {
                return again;
            }

            var client = clients.CreateClient(MergedOpenApi.HttpClientName);
            var documents = await Task.WhenAll(catalog.Domains.Select(async domain =>
            {
                var text = await client.GetStringAsync(new Uri(domain.Address, "/openapi/v1.json"), cancellationToken);
                return (domain.Name, JsonNode.Parse(text)!.AsObject());
            }));
            var merged = OpenApiMerge.Merge(documents).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            cached = (merged, clock.GetUtcNow());
            return merged;
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Dispose() => refresh.Dispose();

    private string? Fresh() => cached is { } hit && clock.GetUtcNow() - hit.ReadAt < MergedOpenApi.CacheFor ? hit.Json : null;
}
