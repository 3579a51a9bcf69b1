using Governance.Places.Domain.Places;

namespace Governance.Places.Domain.Coverage;

/// <summary>A unit of the territory as this service knows it from the grid service's events.</summary>
public sealed record TerritoryUnit(Guid Id, string Level, Guid? ParentId, string Name);

/// <summary>An open place, by where it stands.</summary>
public sealed record PlaceAt(PlaceKind Kind, Guid UnitId);

public sealed record CommunityGap(Guid CommunityId, string Name, Guid? StreetId);

public sealed record StreetGap(Guid StreetId, string Name, IReadOnlyList<PlaceKind> MissingStations);

public sealed record CoverageReport(IReadOnlyList<CommunityGap> CommunitiesWithoutCentre, IReadOnlyList<StreetGap> StreetsMissingStations);

/// <summary>
/// The seed's promise, checked: a party-mass service centre (初心家园) in every community, and each of
/// the five service stations in every street. A place counts for the units above it: a centre in a
/// grid serves its community, a station in a community serves its street.
/// </summary>
public static class CoverageGaps
{
    public static CoverageReport Find(IReadOnlyCollection<TerritoryUnit> units, IEnumerable<PlaceAt> openPlaces, Guid? within = null)
    {
        var byId = units.ToDictionary(u => u.Id);
        var placed = openPlaces.ToList();

        Guid? Ancestor(Guid unitId, string level)
        {
            for (var id = (Guid?)unitId; id is { } current && byId.TryGetValue(current, out var unit); id = unit.ParentId)
            {
                if (unit.Level == level)
                {
                    return unit.Id;
                }
            }

            return null;
        }

        bool InScope(TerritoryUnit unit) => within is not { } scope || unit.Id == scope || Ancestors(unit, byId).Contains(scope);

        var centred = placed.Where(p => p.Kind == PlaceKind.PartyMassCentre).Select(p => Ancestor(p.UnitId, "community")).OfType<Guid>().ToHashSet();
        var communities = units.Where(u => u.Level == "community" && InScope(u) && !centred.Contains(u.Id))
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new CommunityGap(u.Id, u.Name, Ancestor(u.Id, "street")))
            .ToList();

        var stationsByStreet = placed.Where(p => PlaceKinds.Stations.Contains(p.Kind))
            .Select(p => (Street: Ancestor(p.UnitId, "street"), p.Kind))
            .Where(s => s.Street is not null)
            .ToLookup(s => s.Street!.Value, s => s.Kind);
        var streets = units.Where(u => u.Level == "street" && InScope(u))
            .Select(u => new StreetGap(u.Id, u.Name, PlaceKinds.Stations.Except(stationsByStreet[u.Id]).ToList()))
            .Where(g => g.MissingStations.Count > 0)
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return new CoverageReport(communities, streets);
    }

    private static IEnumerable<Guid> Ancestors(TerritoryUnit unit, Dictionary<Guid, TerritoryUnit> byId)
    {
        for (var id = unit.ParentId; id is { } current && byId.TryGetValue(current, out var parent); id = parent.ParentId)
        {
            yield return parent.Id;
        }
    }
}
