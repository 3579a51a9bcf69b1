namespace Governance.Notifications.Domain.Feed;

/// <summary>
/// Where a change happened: the unit it names (a building, a grid, a community…) and the grid,
/// community and street above it, any of which may be unknown.
/// </summary>
public sealed record UnitLadder(Guid? UnitId, Guid? GridId, Guid? CommunityId, Guid? StreetId)
{
    public static readonly UnitLadder Unknown = new(null, null, null, null);

    /// <summary>Whether the change lies in <paramref name="unitId"/> or beneath it.</summary>
    public bool IsWithin(Guid unitId) => unitId == UnitId || unitId == GridId || unitId == CommunityId || unitId == StreetId;

    /// <summary>
    /// The ladder from a unit up, given its ancestry as (id, level) pairs from the unit itself upwards
    /// (levels as the grid service names them: building, grid, community, street).
    /// </summary>
    public static UnitLadder From(Guid unitId, IEnumerable<(Guid Id, string Level)> upwards)
    {
        var byLevel = upwards.GroupBy(step => step.Level, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return new UnitLadder(unitId, Level("grid"), Level("community"), Level("street"));

        Guid? Level(string level) => byLevel.TryGetValue(level, out var id) ? id : null;
    }

    /// <summary>This ladder, with the rungs it lacks taken from <paramref name="other"/>.</summary>
    public UnitLadder Or(UnitLadder other) =>
        new(UnitId ?? other.UnitId, GridId ?? other.GridId, CommunityId ?? other.CommunityId, StreetId ?? other.StreetId);
}
