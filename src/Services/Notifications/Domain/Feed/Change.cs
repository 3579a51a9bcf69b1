using System.Text.Json.Nodes;

namespace Governance.Notifications.Domain.Feed;

/// <summary>
/// One change in a district as the feed shows it: its type in kebab-case (<c>case-escalated</c>), what it
/// is about, where it happened on the unit ladder, the band where one applies, and the facts a frontend
/// needs (ids, levels, counts). Never personal data: the events it comes from carry none.
/// A change with a <paramref name="Recipient"/> (a token's <c>sub</c>) is that person's own notification,
/// shown on the feed to them alone.
/// </summary>
public sealed record Change(string Type, Guid SubjectId, UnitLadder Where, string? Band, JsonObject Facts, string? Recipient = null)
{
    /// <summary>The family a <c>types=</c> filter names: the type's first word (<c>case</c>, <c>wish</c>, …), or its own family for the few that do not start with it.</summary>
    public string Family => FeedFamilies.Of(Type);
}

/// <summary>The families of change types a client filters on, and which family each type belongs to.</summary>
public static class FeedFamilies
{
    public const string Case = "case";
    public const string Wish = "wish";
    public const string Activity = "activity";
    public const string Volunteers = "volunteers";
    public const string Place = "place";

    /// <summary>The caller's own notifications (see the inbox).</summary>
    public const string Notification = "notification";

    public static readonly IReadOnlyList<string> All = [Case, Wish, Activity, Volunteers, Place, Notification];

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["registration-counts-changed"] = Activity,
        ["registration-promoted"] = Activity,
        ["need-unmatched"] = Volunteers,
    };

    public static string Of(string type) =>
        Exceptions.TryGetValue(type, out var family) ? family : type.Split('-')[0];
}
