using Governance.Events.Data;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features;

internal static class KnownUnitQueries
{
    /// <summary>Streets, communities and grids organise activities; buildings do not.</summary>
    public static readonly string[] OrganizerLevels = ["street", "community", "grid"];

    private const int LevelsBelowAStreet = 2;

    public static Task<KnownUnit?> UnitAsync(this EventsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.KnownUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>
    /// The unit and every organiser unit beneath it (a street's communities and their grids), read
    /// from the copy of the territory at query time, so a moved community takes its activities along.
    /// </summary>
    public static async Task<List<Guid>> SubtreeAsync(this EventsDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        List<Guid> units = [unitId];
        List<Guid> level = [unitId];
        for (var depth = 0; depth < LevelsBelowAStreet && level.Count > 0; depth++)
        {
            var parents = level;
            level = await db.KnownUnits.AsNoTracking()
                .Where(u => u.ParentId != null && parents.Contains(u.ParentId.Value) && OrganizerLevels.Contains(u.Level))
                .Select(u => u.Id)
                .ToListAsync(cancellationToken);
            units.AddRange(level);
        }

        return units;
    }
}
