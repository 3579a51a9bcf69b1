namespace Governance.Notifications.Domain.Feed;

/// <summary>
/// What a client of the feed asked to see: some families of changes (<c>types=case,wish</c>; a full
/// type such as <c>case-escalated</c> also works) and the changes in one unit and beneath it.
/// </summary>
public sealed record FeedFilter(IReadOnlySet<string>? Types, Guid? UnitId)
{
    public static readonly FeedFilter Everything = new(null, null);

    /// <summary>Reads <c>types</c>; an unknown family or type is an error naming the allowed ones.</summary>
    public static (FeedFilter? Filter, string? Error) Parse(string? types, Guid? unitId)
    {
        if (string.IsNullOrWhiteSpace(types))
        {
            return (new FeedFilter(null, unitId), null);
        }

        var wanted = types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (wanted.FirstOrDefault(type => !FeedFamilies.All.Contains(FeedFamilies.Of(type))) is { } unknown)
        {
            return (null, $"'{unknown}' is not a type of change; types takes a comma-separated list of: {string.Join(", ", FeedFamilies.All)} (or a full type such as case-escalated).");
        }

        return (new FeedFilter(wanted, unitId), null);
    }

    public bool Matches(string type, UnitLadder where) =>
        (Types is null || Types.Contains(type) || Types.Contains(FeedFamilies.Of(type)))
        && (UnitId is not { } unit || where.IsWithin(unit));
}
