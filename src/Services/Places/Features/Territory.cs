using Governance.BuildingBlocks.ReferenceData;
using Governance.Places.Data;
using Governance.Places.Domain.Coverage;
using Governance.Places.Domain.Places;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features;

/// <summary>The district's territory as this service knows it, from the grid service's unit events.</summary>
internal static class Territory
{
    private const int LevelsBelowAStreet = 3;

    public static Task<KnownUnit?> UnitAsync(this PlacesDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.KnownUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>
    /// Why <paramref name="location"/> cannot hold a place of <paramref name="unit"/>, judged by the boundaries
    /// of the unit and its ancestors (<see cref="UnitBoundary.Refusal"/>); null when it can.
    /// </summary>
    public static async Task<string?> LocationRefusalAsync(this PlacesDbContext db, KnownUnit unit, GeoPoint location, CancellationToken cancellationToken)
    {
        List<KnownUnit> lineage = [unit];
        for (var depth = 0; depth < LevelsBelowAStreet && lineage[^1].ParentId is { } parentId; depth++)
        {
            if (await db.UnitAsync(parentId, cancellationToken) is not { } parent)
            {
                break;
            }

            lineage.Add(parent);
        }

        var ids = lineage.Select(u => u.Id).ToList();
        var boundaries = await db.UnitBoundaries.AsNoTracking()
            .Where(b => ids.Contains(b.UnitId))
            .ToDictionaryAsync(b => b.UnitId, b => b.GeoJson, cancellationToken);
        return UnitBoundary.Refusal(location, lineage.Select(u => (u.Name, boundaries.GetValueOrDefault(u.Id))));
    }

    /// <summary>The unit and every unit beneath it (down to buildings), read at query time so a moved community takes its places along.</summary>
    public static async Task<List<Guid>> SubtreeAsync(this PlacesDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        List<Guid> units = [unitId];
        List<Guid> level = [unitId];
        for (var depth = 0; depth < LevelsBelowAStreet && level.Count > 0; depth++)
        {
            var parents = level;
            level = await db.KnownUnits.AsNoTracking()
                .Where(u => u.ParentId != null && parents.Contains(u.ParentId.Value))
                .Select(u => u.Id)
                .ToListAsync(cancellationToken);
            units.AddRange(level);
        }

        return units;
    }

    /// <summary>Streets, communities and grids of the district: what coverage is judged over (buildings hold no places of their own).</summary>
    public static Task<List<TerritoryUnit>> LadderAsync(this PlacesDbContext db, CancellationToken cancellationToken) =>
        db.KnownUnits.AsNoTracking()
            .Where(u => u.Level == "street" || u.Level == "community" || u.Level == "grid")
            .Select(u => new TerritoryUnit(u.Id, u.Level, u.ParentId, u.Name))
            .ToListAsync(cancellationToken);

    public static string UnknownUnit(string field, Guid id) =>
        $"{field} '{id}' names no unit of your district (units reach this service from the grid service within seconds of their creation).";
}
