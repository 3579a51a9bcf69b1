namespace Governance.ServiceDefaults.Idempotency;

public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotency-Replayed";

    /// <summary>Off at the gateway: the services deduplicate, and replaying at the edge too would buffer every POST twice.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a completed response is replayed for the same key.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a key stays locked while its first request is still running.</summary>
    public TimeSpan InFlightLock { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Responses larger than this are not stored (the key is released instead).</summary>
    public int MaxStoredBodyBytes { get; set; } = 256 * 1024;
}
