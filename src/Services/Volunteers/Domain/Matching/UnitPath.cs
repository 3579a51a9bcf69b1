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
}

public enum Proximity
{
    Elsewhere,
    SameStreet,
    SameCommunity,
    SameGrid,
}
