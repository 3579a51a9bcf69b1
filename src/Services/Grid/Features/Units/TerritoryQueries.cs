using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Governance.Grid.Features.Units;

internal static class TerritoryQueries
{
    /// <summary>The unit's ancestors, nearest first. The ladder is at most three rungs above a unit, so this is a few indexed lookups.</summary>
    public static async Task<IReadOnlyList<TerritorialUnit>> AncestorsAsync(this GridDbContext db, TerritorialUnit unit, CancellationToken cancellationToken)
    {
        var ancestors = new List<TerritorialUnit>();
        for (var parentId = unit.ParentId; parentId is not null;)
        {
            var parent = await db.Units.AsNoTracking().FirstAsync(u => u.Id == parentId, cancellationToken);
            ancestors.Add(parent);
            parentId = parent.ParentId;
        }

        return ancestors;
    }

    /// <summary>A grid under <paramref name="parentId"/>, other than <paramref name="exceptId"/>, whose area <paramref name="boundary"/> overlaps.</summary>
    public static async Task<TerritorialUnit?> OverlappingSiblingGridAsync(
        this GridDbContext db, Guid? parentId, Geometry boundary, Guid? exceptId, CancellationToken cancellationToken)
    {
        var siblings = await db.Units.AsNoTracking()
            .Where(u => u.ParentId == parentId && u.Level == UnitLevel.Grid && u.Id != exceptId)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);
        return siblings.FirstOrDefault(s => s.Boundary is not null && Boundary.Overlaps(boundary, s.Boundary));
    }
}
