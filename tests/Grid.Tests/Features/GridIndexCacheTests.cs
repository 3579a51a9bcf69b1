using Governance.Grid.Domain.Territory;
using Governance.Grid.Features.Locate;
using Governance.Grid.Tests.Domain.Territory;

namespace Governance.Grid.Tests.Features;

public class GridIndexCacheTests
{
    private static readonly GridLadder Ladder = new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

    private readonly GridIndexCache cache = new();
    private int loads;

    [Fact]
    public async Task Grids_are_loaded_once_per_revision_and_kept_until_a_newer_one()
    {
        Assert.Null(cache.LastLoaded("lunan"));

        var first = await cache.GetAsync("lunan", 3, Load(3), CancellationToken.None);
        var again = await cache.GetAsync("lunan", 3, Load(3), CancellationToken.None);
        var older = await cache.GetAsync("lunan", 2, Load(2), CancellationToken.None);
        Assert.Same(first, again);
        Assert.Same(first, older);
        Assert.Same(first, cache.LastLoaded("lunan"));
        Assert.Equal(1, loads);

        var newer = await cache.GetAsync("lunan", 4, Load(4), CancellationToken.None);
        Assert.Equal(4, newer.Revision);
        Assert.Same(newer, cache.LastLoaded("lunan"));
        Assert.Null(cache.LastLoaded("other"));
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task Concurrent_requests_for_a_new_revision_load_it_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync("lunan", 1, Load(1), CancellationToken.None)));

        Assert.Equal(1, loads);
    }

    [Fact]
    public void District_grids_locate_a_point_and_know_the_ladder_above_each_grid()
    {
        var grids = new DistrictGrids(1, new GridIndex([(Ladder.GridId, Shapes.Square(118, 39, 0.01))]), new Dictionary<Guid, GridLadder> { [Ladder.GridId] = Ladder });

        Assert.Equal(Ladder.GridId, grids.Locate(39.005, 118.005));
        Assert.Null(grids.Locate(40, 118.005));
        Assert.Equal(Ladder, grids.LadderOf(Ladder.GridId));
        Assert.Null(grids.LadderOf(Guid.CreateVersion7()));
    }

    private Func<CancellationToken, Task<DistrictGrids>> Load(long revision) => async _ =>
    {
        Interlocked.Increment(ref loads);
        await Task.Yield();
        return new DistrictGrids(revision, new GridIndex([]), new Dictionary<Guid, GridLadder>());
    };
}
