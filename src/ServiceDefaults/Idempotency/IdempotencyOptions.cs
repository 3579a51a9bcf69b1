namespace Governance.ServiceDefaults.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> contract: its headers, which the gateway knows too (it retries keyed
/// requests), and how long a service that stores keys (the Data building block) keeps them.
/// </summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotency-Replayed";

    /// <summary>How long a key is kept and its response replayed.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often keys older than <see cref="Retention"/> are removed.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Responses larger than this are not kept; a retry then learns the request was applied, without its body.</summary>
    public int MaxStoredBodyBytes { get; set; } = 256 * 1024;
}
