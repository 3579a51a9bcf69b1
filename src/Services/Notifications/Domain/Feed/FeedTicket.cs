using Governance.ServiceDefaults.Security;

namespace Governance.Notifications.Domain.Feed;

/// <summary>
/// A browser's <c>EventSource</c> cannot send an Authorization header, and a token in a URL ends up in
/// logs and histories. A ticket stands in for the token once: single use, valid for a minute, kept
/// only as its hash, bound to the district and subject of the token that asked for it.
/// </summary>
public sealed class FeedTicket
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private const string Prefix = "feed_";

    public string Hash { get; init; } = "";

    public string District { get; init; } = "";

    public string Subject { get; init; } = "";

    public DateTimeOffset ExpiresAt { get; init; }

    public static (FeedTicket Ticket, string Value) Issue(string district, string subject, DateTimeOffset now)
    {
        var value = SecretTokens.New(Prefix);
        return (new FeedTicket { Hash = SecretTokens.HashOf(value), District = district, Subject = subject, ExpiresAt = now + Lifetime }, value);
    }
}
