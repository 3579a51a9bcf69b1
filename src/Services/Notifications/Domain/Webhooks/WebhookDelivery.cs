using Governance.BuildingBlocks.Data;

namespace Governance.Notifications.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Not tried yet (or asked to be sent again): due at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,

    Delivered,

    /// <summary>Tried and failed; tried again at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Retrying,

    /// <summary>Given up on after the retry window (or its webhook was deleted); a redeliver sends it again.</summary>
    Parked,
}

/// <summary>How failed deliveries are retried: exponential backoff from <paramref name="MinInterval"/>, doubling up to <paramref name="MaxInterval"/>, for <paramref name="GiveUpAfter"/>.</summary>
public sealed record WebhookRetryPolicy(TimeSpan MinInterval, TimeSpan MaxInterval, TimeSpan GiveUpAfter)
{
    public static readonly WebhookRetryPolicy Default = new(TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), TimeSpan.FromHours(24));

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row (1 → the minimum interval).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var doublings = Math.Clamp(failures - 1, 0, 40);
        var delay = MinInterval.Ticks * Math.Pow(2, doublings);
        return delay >= MaxInterval.Ticks ? MaxInterval : TimeSpan.FromTicks((long)delay);
    }
}

/// <summary>
/// One feed frame on its way to one webhook. Created with the frame (in the feed's transaction, by SQL),
/// it holds the exact body to send, so retries and redeliveries send the same bytes even after the feed
/// has dropped the frame.
/// </summary>
public sealed class WebhookDelivery : IDistrictOwned
{
    public const int MaxErrorLength = 500;

    public Guid Id { get; init; }

    public string District { get; set; } = "";

    public Guid WebhookId { get; init; }

    /// <summary>The feed frame's id in its district.</summary>
    public long EntryId { get; init; }

    public string Type { get; init; } = "";

    /// <summary>The JSON body, as signed and sent.</summary>
    public string Body { get; init; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts since the delivery was created or last redelivered.</summary>
    public int Attempts { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where the retry window starts: the creation, or the last redeliver.</summary>
    public DateTimeOffset RetriesFrom { get; private set; }

    /// <summary>Set while a dispatcher sends it: no other replica claims it before then, and an outcome counts only for the claim it belongs to.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public static WebhookDelivery Create(Guid webhookId, string district, long entryId, string type, string body, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        WebhookId = webhookId,
        District = district,
        EntryId = entryId,
        Type = type,
        Body = body,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
        RetriesFrom = now,
    };

    public bool IsDue(DateTimeOffset now) =>
        Status is WebhookDeliveryStatus.Pending or WebhookDeliveryStatus.Retrying && NextAttemptAt <= now && !(ClaimedUntil > now);

    /// <summary>The endpoint answered 2xx.</summary>
    public void Succeeded(int statusCode, DateTimeOffset now)
    {
        Attempts++;
        ClaimedUntil = null;
        Status = WebhookDeliveryStatus.Delivered;
        LastStatusCode = statusCode;
        LastError = null;
        NextAttemptAt = null;
        DeliveredAt = now;
    }

    /// <summary>
    /// The endpoint answered something else (<paramref name="statusCode"/>) or not at all (null): retried after
    /// the backoff, or parked when that would fall outside the retry window.
    /// </summary>
    public void Failed(int? statusCode, string error, DateTimeOffset now, WebhookRetryPolicy policy)
    {
        Attempts++;
        ClaimedUntil = null;
        LastStatusCode = statusCode;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        var next = now + policy.DelayAfter(Attempts);
        if (next > RetriesFrom + policy.GiveUpAfter)
        {
            Park();
            return;
        }

        Status = WebhookDeliveryStatus.Retrying;
        NextAttemptAt = next;
    }

    /// <summary>Sends it again now, with a fresh retry window, whatever happened before.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = WebhookDeliveryStatus.Pending;
        ClaimedUntil = null;
        Attempts = 0;
        NextAttemptAt = now;
        DeliveredAt = null;
        RetriesFrom = now;
    }

    /// <summary>Its webhook was deleted: nothing more is sent.</summary>
    public void Abandon(string reason)
    {
        if (Status is WebhookDeliveryStatus.Pending or WebhookDeliveryStatus.Retrying)
        {
            LastError = reason;
            ClaimedUntil = null;
            Park();
        }
    }

    private void Park()
    {
        Status = WebhookDeliveryStatus.Parked;
        NextAttemptAt = null;
    }
}
