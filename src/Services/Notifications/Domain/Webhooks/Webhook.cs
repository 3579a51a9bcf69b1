using Governance.BuildingBlocks.Data;
using Governance.Notifications.Domain.Feed;
using Governance.ServiceDefaults.Domain;

namespace Governance.Notifications.Domain.Webhooks;

/// <summary>Whether a webhook still receives deliveries.</summary>
public enum WebhookStatus
{
    Active,

    /// <summary>Deleted by the district: nothing more is delivered; its past deliveries stay readable.</summary>
    Deleted,
}

/// <summary>
/// A district system's endpoint that is sent the district's public feed frames of the types it chose.
/// The secret is kept as given: signing each delivery needs it (a hash could not sign), and it is never shown again.
/// </summary>
public sealed class Webhook : IDistrictOwned
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;
    public const int MaxUrlLength = 2048;
    public const int MaxTypes = 32;

    public Guid Id { get; init; }

    public string District { get; set; } = "";

    public string Url { get; init; } = "";

    /// <summary>Families (<c>case</c>) or full types (<c>case-escalated</c>) of the feed, as <see cref="FeedFilter"/> reads them.</summary>
    public List<string> Types { get; init; } = [];

    public string Secret { get; init; } = "";

    /// <summary>Read by the SQL that creates deliveries in the feed's transaction (<c>AND "Active"</c>).</summary>
    public bool Active { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public WebhookStatus Status => Active ? WebhookStatus.Active : WebhookStatus.Deleted;

    public static Webhook Register(Uri url, IEnumerable<string> types, string secret, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Url = url.AbsoluteUri,
        Types = types.Distinct(StringComparer.Ordinal).ToList(),
        Secret = secret,
        CreatedAt = now,
    };

    /// <summary>The families and types a webhook may ask for: the feed's, except personal notifications, which go to one person alone.</summary>
    public static IReadOnlyList<string> Families { get; } = [.. FeedFamilies.All.Where(f => f != FeedFamilies.Notification)];

    /// <summary>Why <paramref name="types"/> cannot be a webhook's types, or null.</summary>
    public static string? RefuseTypes(IReadOnlyList<string?>? types)
    {
        var allowed = $"types takes a list of: {string.Join(", ", Families)} (or a full type such as case-escalated).";
        if (types is null || types.Count == 0)
        {
            return $"types is required; {allowed}";
        }

        if (types.Count > MaxTypes)
        {
            return $"types takes at most {MaxTypes} entries.";
        }

        if (types.Any(t => string.IsNullOrWhiteSpace(t) || t.Contains(',', StringComparison.Ordinal)))
        {
            return $"types holds an empty entry or one with a comma; each entry is one of: {string.Join(", ", Families)} (or a full type such as case-escalated).";
        }

        if (types.FirstOrDefault(t => FeedFamilies.Of(t!.Trim()) == FeedFamilies.Notification) is { } personal)
        {
            return $"'{personal}' frames are personal and never sent to webhooks; {allowed}";
        }

        // The same reading as the feed's types= filter (FeedFilter), so a webhook asks for what a feed client could.
        return types.FirstOrDefault(t => !Families.Contains(FeedFamilies.Of(t!.Trim()))) is { } unknown
            ? $"'{unknown}' is not a type of change; {allowed}"
            : null;
    }

    /// <summary>Whether a frame of <paramref name="type"/> goes to this webhook (the SQL in the feed's transaction says the same).</summary>
    public bool Wants(string type) => Active && (Types.Contains(type) || Types.Contains(FeedFamilies.Of(type)));

    /// <summary>Stops deliveries for good; deleting again changes nothing.</summary>
    public void Delete(DateTimeOffset now)
    {
        if (Active)
        {
            Active = false;
            DeletedAt = now;
        }
    }

    /// <summary>A delivery can be sent again only while the webhook is active.</summary>
    public DomainError? RefuseRedelivery() => Active
        ? null
        : DomainError.WrongState(Status, $"Webhook '{Id}' was deleted; register the endpoint again to receive deliveries.");
}
