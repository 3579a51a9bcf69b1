using Governance.Notifications.Domain.Webhooks;

namespace Governance.Notifications.Features.Webhooks;

/// <summary>The <c>Webhooks</c> section: retries, the SSRF guard and how much the dispatcher sends at once.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The wait after a first failed attempt; it doubles with each failure after that.</summary>
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after its creation (or redeliver) a failing delivery is retried before it is parked.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Lets webhooks point at loopback and private networks (development and tests only), over http too.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long one attempt may take, connecting included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts in flight at once in each replica.</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>At most this many of one webhook's deliveries are claimed at once, so one slow endpoint cannot fill every slot.</summary>
    public int MaxInFlightPerWebhook { get; set; } = 4;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delivered and parked deliveries are deleted this long after their creation.</summary>
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(7);

    public WebhookRetryPolicy RetryPolicy => new(RetryMinInterval, RetryMaxInterval, GiveUpAfter);
}
