using Governance.Grid.Domain.Territory;
using Governance.Seeder;
using NetTopologySuite.Geometries;

namespace Governance.Grid.Tests.Seeding;

public class SyntheticDistrictTests
{
    private static readonly DistrictShape Small = new(Streets: 3, CommunitiesPerStreet: 4, GridsPerCommunity: 5, BuildingsPerGrid: 2);

    private static List<(string Code, Geometry Boundary)> Grids(DistrictShape shape) =>
        new SyntheticDistrict(shape).Grids()
            .Select(g => (g.Code, Boundary.Factory.CreatePolygon(g.Ring.Select(c => new Coordinate(c[0], c[1])).ToArray()) as Geometry))
            .ToList();

    [Fact]
    public void The_same_seed_gives_the_same_district_and_another_seed_another()
    {
        var first = Grids(Small);

        Assert.Equal(first.Select(g => g.Boundary.AsText()), Grids(Small).Select(g => g.Boundary.AsText()));
        Assert.NotEqual(first.Select(g => g.Boundary.AsText()), Grids(Small with { Seed = 7 }).Select(g => g.Boundary.AsText()));
    }

    [Fact]
    public void Every_grid_is_a_valid_boundary_and_no_two_grids_overlap()
    {
        var grids = Grids(Small);

        Assert.Equal(60, grids.Count);
        Assert.All(grids, g => Assert.Null(Boundary.Check(g.Boundary).Error));
        var overlapping = grids.SelectMany((a, i) => grids.Skip(i + 1).Where(b => Boundary.Overlaps(a.Boundary, b.Boundary)).Select(b => (a.Code, b.Code)));
        Assert.Empty(overlapping);
    }

    [Fact]
    public void Codes_follow_the_ladder_and_every_parent_comes_before_its_children()
    {
        var units = new SyntheticDistrict(Small).Units().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var unit in units)
        {
            if (unit.ParentCode is { } parent)
            {
                Assert.Contains(parent, seen);
                Assert.Equal(parent.Length + 3, unit.Code.Length);
                Assert.StartsWith(parent, unit.Code, StringComparison.Ordinal);
            }

            Assert.True(seen.Add(unit.Code));
        }

        Assert.Equal(3 + 12 + 60 + 120, units.Count);
    }
}
