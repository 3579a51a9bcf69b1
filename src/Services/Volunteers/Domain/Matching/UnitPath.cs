namespace Governance.Volunteers.Domain.Matching;

/// <summary>
/// Where something sits on the territorial ladder: its street, community and grid (each null when
/// it sits higher up). Two paths are near when they share the lowest rung.
/// </summary>
public sealed record UnitPath(Guid? StreetId, Guid? CommunityId, Guid? GridId)
{
    public static readonly UnitPath None = new(null, null, null);

    public Proximity ProximityTo(UnitPath other)
    {
        if (GridId is not null && GridId == other.GridId)
        {
            return Proximity.SameGrid;
        }

        if (CommunityId is not null && CommunityId == other.CommunityId)
        {
            return Proximity.SameCommunity;
        }

        return StreetId is not null && StreetId == other.StreetId ? Proximity.SameStreet : Proximity.Elsewhere;
    }

    /// <summary>
    /// This path once the unit of <paramref name="movedLevel"/> on it (a community, grid or building) moved
    /// under a parent whose own path is <paramref name="newParent"/>: the rungs above the moved unit become
    /// the parent's, the moved unit and what lies beneath it stay.
    /// </summary>
    public UnitPath MovedUnder(string movedLevel, UnitPath newParent) => movedLevel switch
    {
        "community" => this with { StreetId = newParent.StreetId },
        "grid" => this with { StreetId = newParent.StreetId, CommunityId = newParent.CommunityId },
        "building" => newParent,
        _ => throw new ArgumentOutOfRangeException(nameof(movedLevel), movedLevel, "Only a community, grid or building moves."),
    };
}

public enum Proximity
{
    Elsewhere,
    SameStreet,
    SameCommunity,
    SameGrid,
}
