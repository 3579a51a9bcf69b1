namespace Governance.Gateway.Proxy;

/// <summary>How long the gateway waits for the domain services (section <c>Gateway</c>).</summary>
public sealed class DownstreamOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// How long a request may take before the caller gets 504, for every route but a domain's bulk
    /// routes, whose deadline the AppHost declares with the domain.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the gateway's <c>/health</c> waits for each service's <c>/health</c>.</summary>
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
