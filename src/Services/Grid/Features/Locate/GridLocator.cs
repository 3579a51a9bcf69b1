using System.Collections.Concurrent;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Locate;

/// <summary>
/// Each replica's in-memory <see cref="GridIndex"/> per district, tagged with the territory
/// revision it was built from.
/// </summary>
public sealed class GridIndexCache
{
    private readonly ConcurrentDictionary<string, (long Revision, GridIndex Index)> indexes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> rebuilds = new(StringComparer.Ordinal);

    /// <summary>
    /// The district's index at <paramref name="revision"/>, rebuilt through <paramref name="load"/>
    /// when the cached one is older. One rebuild per district at a time; the others wait for it.
    /// </summary>
    public async Task<GridIndex> GetAsync(
        string district, long revision, Func<CancellationToken, Task<GridIndex>> load, CancellationToken cancellationToken)
    {
        if (indexes.TryGetValue(district, out var cached) && cached.Revision >= revision)
        {
            return cached.Index;
        }

        var gate = rebuilds.GetOrAdd(district, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (indexes.TryGetValue(district, out cached) && cached.Revision >= revision)
            {
                return cached.Index;
            }

            var index = await load(cancellationToken);
            indexes[district] = (revision, index);
            return index;
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>
/// Locates through the cached index. Every lookup reads the district's territory revision (one
/// primary-key read), so a grid added on another replica is found by the very next request.
/// </summary>
public sealed class GridLocator(GridDbContext db, IDistrictContext districts, GridIndexCache cache) : IGridLocator
{
    public async Task<Guid?> FindGridAsync(double latitude, double longitude, CancellationToken cancellationToken)
    {
        var district = districts.Caller.District
            ?? throw new DistrictAccessException("Locating a grid needs a caller of one district.");
        var revision = await db.TerritoryRevisionAsync(district, cancellationToken);
        var index = await cache.GetAsync(district, revision, LoadAsync, cancellationToken);
        return index.Locate(longitude, latitude);

        async Task<GridIndex> LoadAsync(CancellationToken token)
        {
            // Read at or after the revision above: an index is never older than the revision it is tagged with.
            var grids = await db.Units.AsNoTracking()
                .Where(u => u.District == district && u.Level == UnitLevel.Grid && u.Boundary != null)
                .Select(u => new { u.Id, u.Boundary })
                .ToListAsync(token);
            return new GridIndex(grids.Select(g => (g.Id, g.Boundary!)));
        }
    }
}
