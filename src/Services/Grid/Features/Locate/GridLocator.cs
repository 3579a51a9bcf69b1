using System.Collections.Concurrent;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Locate;

/// <summary>A grid with the community and street above it.</summary>
public readonly record struct GridLadder(Guid GridId, Guid CommunityId, Guid StreetId);

/// <summary>
/// One district's grids as of a territory revision: the point index, and each grid's community and
/// street. Moves bump the revision, so the ladder is as current as the index.
/// </summary>
public sealed class DistrictGrids(long revision, GridIndex index, IReadOnlyDictionary<Guid, GridLadder> ladders)
{
    public long Revision => revision;

    /// <summary>The grid containing the point, or null.</summary>
    public Guid? Locate(double latitude, double longitude) => index.Locate(longitude, latitude);

    /// <summary>The grid's community and street, or null when the id is no grid of the district.</summary>
    public GridLadder? LadderOf(Guid gridId) => ladders.TryGetValue(gridId, out var ladder) ? ladder : null;
}

/// <summary>Each replica's <see cref="DistrictGrids"/> per district, tagged with the territory revision they were built from.</summary>
public sealed class GridIndexCache
{
    private readonly ConcurrentDictionary<string, DistrictGrids> districts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> rebuilds = new(StringComparer.Ordinal);

    public DistrictGrids? LastLoaded(string district) => districts.GetValueOrDefault(district);

    /// <summary>
    /// The district's grids at <paramref name="revision"/>, rebuilt through <paramref name="load"/>
    /// when the cached ones are older. One rebuild per district at a time; the others wait for it.
    /// </summary>
    public async Task<DistrictGrids> GetAsync(
        string district, long revision, Func<CancellationToken, Task<DistrictGrids>> load, CancellationToken cancellationToken)
    {
        if (districts.TryGetValue(district, out var cached) && cached.Revision >= revision)
        {
            return cached;
        }

        var gate = rebuilds.GetOrAdd(district, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (districts.TryGetValue(district, out cached) && cached.Revision >= revision)
            {
                return cached;
            }

            var loaded = await load(cancellationToken);
            districts[district] = loaded;
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>
/// Locates through the cached grids. <see cref="FindGridAsync"/> reads the district's territory
/// revision first (one primary-key read), so a grid added on another replica is found by the very
/// next request; case reporting checks the revision in its own round trip instead.
/// </summary>
public sealed class GridLocator(GridDbContext db, IDistrictContext districts, GridIndexCache cache) : IGridLocator
{
    private string District => districts.Caller.District
        ?? throw new DistrictAccessException("Locating a grid needs a caller of one district.");

    public async Task<Guid?> FindGridAsync(double latitude, double longitude, CancellationToken cancellationToken)
    {
        var revision = await db.TerritoryRevisionAsync(District, cancellationToken);
        var grids = await AtRevisionAsync(revision, cancellationToken);
        return grids.Locate(latitude, longitude);
    }

    public DistrictGrids? LastLoaded() => cache.LastLoaded(District);

    public Task<DistrictGrids> AtRevisionAsync(long revision, CancellationToken cancellationToken)
    {
        var district = District;
        return cache.GetAsync(district, revision, LoadAsync, cancellationToken);

        async Task<DistrictGrids> LoadAsync(CancellationToken token)
        {
            // Read at or after the revision: the grids are never older than the revision they are tagged with.
            var grids = await (
                    from grid in db.Units
                    where grid.District == district && grid.Level == UnitLevel.Grid
                    join community in db.Units on grid.ParentId equals community.Id
                    join street in db.Units on community.ParentId equals street.Id
                    select new { grid.Id, grid.Boundary, CommunityId = community.Id, StreetId = street.Id })
                .AsNoTracking()
                .ToListAsync(token);
            return new DistrictGrids(
                revision,
                new GridIndex(grids.Where(g => g.Boundary is not null).Select(g => (g.Id, g.Boundary!))),
                grids.ToDictionary(g => g.Id, g => new GridLadder(g.Id, g.CommunityId, g.StreetId)));
        }
    }
}
