using System.Globalization;

namespace Governance.AppHost;

/// <summary>
/// Marks a project as a domain service. The gateway fronts every resource that carries it at
/// <c>/api/{name}</c>, <c>/openapi/{name}.json</c> and <c>/ops/{name}</c>, lists it in <c>/health</c>
/// and in the API reference; nothing else names the domain.
/// </summary>
public sealed class DomainServiceAnnotation : IResourceAnnotation
{
    public List<BulkRoute> BulkRoutes { get; } = [];

    /// <summary>Path prefixes outside <c>/api/{name}</c> that the domain serves to anyone, such as a standard's own URL scheme.</summary>
    public List<PublicPath> PublicPaths { get; } = [];

    /// <summary>GET endpoints, relative to <c>/api/{name}</c>, that stream Server-Sent Events.</summary>
    public List<string> EventStreams { get; } = [];
}

/// <summary>How the gateway writes its own errors (a rate limit, the domain down) under a public path.</summary>
public enum PublicErrorBody
{
    /// <summary>RFC 9457 problem details, like the rest of the platform.</summary>
    ProblemDetails,

    /// <summary>Open311 GeoReport v2's error list, in XML or JSON by the path's <c>.xml</c> / <c>.json</c> suffix.</summary>
    GeoReport,
}

/// <summary>A prefix the domain serves without a token, and the error body its clients understand.</summary>
public sealed record PublicPath(string Prefix, PublicErrorBody Errors);

/// <summary>
/// One endpoint of a domain that takes longer or larger requests than the gateway's defaults allow,
/// such as an import. <paramref name="Path"/> is relative to <c>/api/{domain}</c>.
/// </summary>
public sealed record BulkRoute(HttpMethod Method, string Path, TimeSpan Timeout, long MaxRequestBodyBytes);

public static class DomainServices
{
    /// <summary>The domain services declared so far, in the order they were declared.</summary>
    public static IEnumerable<ProjectResource> Declared(IEnumerable<IResource> resources) =>
        resources.OfType<ProjectResource>().Where(resource => resource.Annotations.OfType<DomainServiceAnnotation>().Any());

    /// <summary>
    /// Lets one endpoint of the domain run for <paramref name="timeout"/> and take bodies of up to
    /// <paramref name="maxRequestBodyBytes"/> at the gateway.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBulkRoute(
        this IResourceBuilder<ProjectResource> domain, HttpMethod method, string path, TimeSpan timeout, long maxRequestBodyBytes)
    {
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"A bulk route's path is relative to /api/{domain.Resource.Name} and starts with '/': '{path}'.", nameof(path));
        }

        Annotation(domain).BulkRoutes.Add(new BulkRoute(method, path, timeout, maxRequestBodyBytes));
        return domain;
    }

    /// <summary>
    /// Lets the gateway send <paramref name="prefix"/> and everything under it to the domain without a
    /// token, for a public standard whose URLs clients fix (Open311's <c>/open311/v2/...</c>). The domain
    /// itself decides what such a caller may do; the gateway still limits each caller's request rate
    /// (per app key when the caller sends one as <c>api_key</c>) and writes its own errors there as
    /// <paramref name="errors"/> says, since such clients read their standard's error body only.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPublicPath(
        this IResourceBuilder<ProjectResource> domain, string prefix, PublicErrorBody errors = PublicErrorBody.ProblemDetails)
    {
        if (!prefix.StartsWith('/'))
        {
            throw new ArgumentException($"A public path starts with '/': '{prefix}'.", nameof(prefix));
        }

        Annotation(domain).PublicPaths.Add(new PublicPath(prefix, errors));
        return domain;
    }

    /// <summary>
    /// Lets the gateway hold <c>GET /api/{name}{path}</c> open as long as the client listens (Server-Sent
    /// Events), without the default request deadline, and pass it on without a token: a browser's
    /// <c>EventSource</c> cannot send one, so the domain accepts a token or a short-lived ticket itself.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEventStream(this IResourceBuilder<ProjectResource> domain, string path)
    {
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"An event stream's path is relative to /api/{domain.Resource.Name} and starts with '/': '{path}'.", nameof(path));
        }

        Annotation(domain).EventStreams.Add(path);
        return domain;
    }

    /// <summary>
    /// What the gateway reads under <c>Gateway:Domains</c> (as environment variables): the domain's
    /// address, resolved by service discovery, its bulk routes, public paths and event streams.
    /// </summary>
    public static IReadOnlyDictionary<string, string> GatewaySettings(ProjectResource domain)
    {
        var prefix = $"Gateway__Domains__{domain.Name}__";
        var settings = new Dictionary<string, string> { [prefix + "Address"] = $"http://{domain.Name}" };
        var annotation = domain.Annotations.OfType<DomainServiceAnnotation>().Single();
        var bulkRoutes = annotation.BulkRoutes;
        for (var index = 0; index < bulkRoutes.Count; index++)
        {
            var (method, path, timeout, maxRequestBodyBytes) = bulkRoutes[index];
            var route = $"{prefix}BulkRoutes__{index}__";
            settings[route + "Method"] = method.Method;
            settings[route + "Path"] = path;
            settings[route + "Timeout"] = timeout.ToString("c", CultureInfo.InvariantCulture);
            settings[route + "MaxRequestBodyBytes"] = maxRequestBodyBytes.ToString(CultureInfo.InvariantCulture);
        }

        for (var index = 0; index < annotation.PublicPaths.Count; index++)
        {
            var (path, errors) = annotation.PublicPaths[index];
            settings[$"{prefix}PublicPaths__{index}__Prefix"] = path;
            settings[$"{prefix}PublicPaths__{index}__Errors"] = errors.ToString();
        }

        for (var index = 0; index < annotation.EventStreams.Count; index++)
        {
            settings[$"{prefix}EventStreams__{index}"] = annotation.EventStreams[index];
        }

        return settings;
    }

    private static DomainServiceAnnotation Annotation(IResourceBuilder<ProjectResource> domain) =>
        domain.Resource.Annotations.OfType<DomainServiceAnnotation>().SingleOrDefault()
        ?? throw new InvalidOperationException($"'{domain.Resource.Name}' is not a domain service: declare it with AddDomainService.");
}
