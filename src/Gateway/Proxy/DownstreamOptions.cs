namespace Governance.Gateway.Proxy;

/// <summary>How long the gateway waits for the domain services (section <c>Gateway</c>).</summary>
public sealed class DownstreamOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// How long a request may take before the caller gets 504, for every route without its own
    /// <c>Timeout</c> or <c>TimeoutPolicy</c> in <c>ReverseProxy:Routes</c>. A streaming route
    /// (Server-Sent Events) opts out with <c>"TimeoutPolicy": "Disable"</c>.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the gateway's <c>/health</c> waits for each service's <c>/health</c>.</summary>
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
