namespace Governance.Gateway.Proxy;

/// <summary>
/// One domain service as the AppHost describes it to the gateway (<c>Gateway:Domains:{name}</c>).
/// </summary>
public sealed class DomainServiceOptions
{
    public const string Section = "Gateway:Domains";

    /// <summary>Where the service answers, e.g. <c>http://{name}</c> resolved by service discovery.</summary>
    public Uri? Address { get; set; }

    public List<BulkRouteOptions> BulkRoutes { get; set; } = [];

    /// <summary>Path prefixes (e.g. <c>/open311</c>) the domain serves without a token.</summary>
    public List<PublicPathOptions> PublicPaths { get; set; } = [];

    /// <summary>
    /// GET endpoints, relative to <c>/api/{name}</c>, that answer with a stream of Server-Sent Events
    /// held open for hours: no request deadline, and the domain authenticates the caller itself
    /// (a browser's <c>EventSource</c> cannot send an Authorization header).
    /// </summary>
    public List<string> EventStreams { get; set; } = [];
}

/// <summary>How the gateway writes its own errors (429, 502, 503, 504…) to a public path's clients.</summary>
public enum PublicErrorBody
{
    /// <summary>RFC 9457 problem details, like the rest of the platform.</summary>
    ProblemDetails,

    /// <summary>Open311 GeoReport v2's error list, in XML or JSON by the path's <c>.xml</c> / <c>.json</c> suffix.</summary>
    GeoReport,
}

public sealed class PublicPathOptions
{
    public string Prefix { get; set; } = "";

    public PublicErrorBody Errors { get; set; }
}

/// <summary>A prefix the domain serves to anyone, and the error body its clients read.</summary>
public sealed record PublicPath(string Prefix, PublicErrorBody Errors)
{
    public bool Covers(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An endpoint of the domain allowed a longer deadline and a larger body than the defaults, such as an import.</summary>
public sealed class BulkRouteOptions
{
    public string Method { get; set; } = "";

    /// <summary>Relative to <c>/api/{domain}</c>, starting with '/'.</summary>
    public string Path { get; set; } = "";

    public TimeSpan Timeout { get; set; }

    public long MaxRequestBodyBytes { get; set; }
}

/// <summary>A bulk route with its full gateway path, <c>/api/{domain}{path}</c>.</summary>
public sealed record BulkRoute(string Method, string Path, TimeSpan Timeout, long MaxRequestBodyBytes);

public sealed record DomainService(
    string Name, Uri Address, IReadOnlyList<BulkRoute> BulkRoutes, IReadOnlyList<PublicPath> PublicPaths, IReadOnlyList<string> EventStreams)
{
    public string ApiPrefix => $"/api/{Name}";
}

/// <summary>
/// The domain services this gateway fronts, read once at start from <c>Gateway:Domains</c>: the
/// proxy routes, the health entries, the body limits of bulk routes and the API reference all
/// derive from it, so the gateway's code and settings name no domain.
/// </summary>
public sealed class DomainCatalog(IReadOnlyList<DomainService> domains)
{
    public IReadOnlyList<DomainService> Domains { get; } = domains;

    /// <summary>The public path a request falls under, if any.</summary>
    public PublicPath? PublicPathOf(PathString path) =>
        Domains.SelectMany(domain => domain.PublicPaths).FirstOrDefault(publicPath => publicPath.Covers(path));

    public static DomainCatalog From(IConfiguration configuration)
    {
        var declared = configuration.GetSection(DomainServiceOptions.Section).Get<Dictionary<string, DomainServiceOptions>>() ?? [];
        return new DomainCatalog(declared
            .OrderBy(domain => domain.Key, StringComparer.Ordinal)
            .Select(domain => Describe(domain.Key.ToLowerInvariant(), domain.Value))
            .ToList());
    }

    private static DomainService Describe(string name, DomainServiceOptions options)
    {
        var address = options.Address
            ?? throw new InvalidOperationException($"{DomainServiceOptions.Section}:{name}:Address is missing: the gateway cannot tell where the {name} service answers.");
        var bulkRoutes = options.BulkRoutes.Select(route => route.Path.StartsWith('/') && route.Method.Length > 0 && route.Timeout > TimeSpan.Zero && route.MaxRequestBodyBytes > 0
            ? new BulkRoute(route.Method.ToUpperInvariant(), $"/api/{name}{route.Path}", route.Timeout, route.MaxRequestBodyBytes)
            : throw new InvalidOperationException($"{DomainServiceOptions.Section}:{name}:BulkRoutes needs a Method, a Path starting with '/', a positive Timeout and MaxRequestBodyBytes; got {route.Method} '{route.Path}' {route.Timeout} {route.MaxRequestBodyBytes}."));
        var publicPaths = options.PublicPaths.Select(path => path.Prefix.StartsWith('/') && !path.Prefix.EndsWith('/') && path.Prefix.Split('/')[1] is not ("api" or "openapi" or "ops" or "health" or "dev")
            ? new PublicPath(path.Prefix, path.Errors)
            : throw new InvalidOperationException($"{DomainServiceOptions.Section}:{name}:PublicPaths entries' Prefix starts with '/', does not end with one and lies outside the gateway's own prefixes; got '{path.Prefix}'."));
        var eventStreams = options.EventStreams.Select(path => path.StartsWith('/')
            ? $"/api/{name}{path}"
            : throw new InvalidOperationException($"{DomainServiceOptions.Section}:{name}:EventStreams entries are relative to /api/{name} and start with '/'; got '{path}'."));
        return new DomainService(name, address, bulkRoutes.ToList(), publicPaths.ToList(), eventStreams.ToList());
    }
}

public static class DomainCatalogRegistration
{
    /// <summary>Reads the catalog once and shares it, so every part of the gateway sees the same domains.</summary>
    public static DomainCatalog AddDomainCatalog(this IHostApplicationBuilder builder)
    {
        var catalog = DomainCatalog.From(builder.Configuration);
        builder.Services.AddSingleton(catalog);
        return catalog;
    }
}
