using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Domain.People;
using Governance.Grid.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Units;

/// <summary>
/// Cases keep their grid's community and street, and households and residents their building's
/// grid, so lists filter by any unit without walking the ladder. When a unit moves, those copies
/// follow it in the same transaction: a case always belongs to its grid's current community.
/// Door visits keep the grid they were made in: they record what happened.
/// </summary>
internal static class PlacementFollowsMoves
{
    public static async Task ApplyAsync(GridDbContext db, TerritorialUnit moved, TerritorialUnit newParent, CancellationToken cancellationToken)
    {
        switch (moved.Level)
        {
            case UnitLevel.Community:
                await db.Set<GridCase>().Where(c => c.CommunityId == moved.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.StreetId, newParent.Id), cancellationToken);
                break;
            case UnitLevel.Grid:
                await db.Set<GridCase>().Where(c => c.GridId == moved.Id)
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(c => c.CommunityId, newParent.Id)
                        .SetProperty(c => c.StreetId, newParent.ParentId!.Value), cancellationToken);
                break;
            case UnitLevel.Building:
                await db.Set<Household>().Where(h => h.BuildingId == moved.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(h => h.GridId, newParent.Id), cancellationToken);
                await db.Set<Resident>().Where(r => r.BuildingId == moved.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.GridId, newParent.Id), cancellationToken);
                break;
        }
    }
}
