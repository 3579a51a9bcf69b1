using Governance.BuildingBlocks.ReferenceData;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>A unit of this service's copy of the territory, with its street, community and grid.</summary>
public sealed record PlacedUnit(Guid Id, string Level, UnitPath Path);

public static class UnitPaths
{
    private const int LadderHeight = 4;

    /// <summary>Walks up the copy of the territory from <paramref name="unitId"/>; null when the district has no such unit.</summary>
    public static async Task<PlacedUnit?> PlaceAsync(VolunteersDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        var start = await db.KnownUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (start is null)
        {
            return null;
        }

        Guid? street = null, community = null, grid = null;
        var unit = start;
        for (var step = 0; unit is not null && step < LadderHeight; step++)
        {
            switch (unit.Level)
            {
                case "street":
                    street = unit.Id;
                    break;
                case "community":
                    community = unit.Id;
                    break;
                case "grid":
                    grid = unit.Id;
                    break;
            }

            unit = unit.ParentId is { } parentId
                ? await db.KnownUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken)
                : null;
        }

        return new PlacedUnit(start.Id, start.Level, new UnitPath(street, community, grid));
    }
}
