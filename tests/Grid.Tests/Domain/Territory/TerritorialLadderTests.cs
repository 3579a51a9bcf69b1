using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Tests.Domain.Territory;

public class TerritorialLadderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static TerritorialUnit Unit(UnitLevel level, TerritorialUnit? parent = null) =>
        TerritorialUnit.Create(level, parent, level.ToString(), "130202001", level == UnitLevel.Grid ? Shapes.Square(118, 39, 0.01) : null, Now).Unit!;

    [Fact]
    public void The_ladder_runs_street_community_grid_building()
    {
        var street = Unit(UnitLevel.Street);
        var community = Unit(UnitLevel.Community, street);
        var grid = Unit(UnitLevel.Grid, community);
        var building = Unit(UnitLevel.Building, grid);

        Assert.Null(street.ParentId);
        Assert.Equal(street.Id, community.ParentId);
        Assert.Equal(community.Id, grid.ParentId);
        Assert.Equal(grid.Id, building.ParentId);
    }

    [Theory]
    [InlineData(UnitLevel.Community, null, "parentId is required")]
    [InlineData(UnitLevel.Grid, UnitLevel.Street, "must sit under a community, not under a street")]
    [InlineData(UnitLevel.Building, UnitLevel.Community, "must sit under a grid")]
    [InlineData(UnitLevel.Street, UnitLevel.Street, "directly under the district")]
    public void A_unit_cannot_skip_or_repeat_a_rung(UnitLevel level, UnitLevel? parentLevel, string expected)
    {
        var parent = parentLevel switch
        {
            null => null,
            UnitLevel.Street => Unit(UnitLevel.Street),
            UnitLevel.Community => Unit(UnitLevel.Community, Unit(UnitLevel.Street)),
            _ => throw new ArgumentOutOfRangeException(nameof(parentLevel)),
        };

        var (unit, error) = TerritorialUnit.Create(level, parent, "x", "1", null, Now);

        Assert.Null(unit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_needs_a_boundary()
    {
        var (unit, error) = TerritorialUnit.Create(UnitLevel.Grid, Unit(UnitLevel.Community, Unit(UnitLevel.Street)), "Grid 1", "1", null, Now);

        Assert.Null(unit);
        Assert.Contains("boundary", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_trimmed()
    {
        var unit = TerritorialUnit.Create(UnitLevel.Street, null, "  Xuefeng Street ", "130202001", null, Now).Unit!;
        Assert.Equal("Xuefeng Street", unit.Name);
    }

    [Fact]
    public void A_moved_grid_keeps_its_code_and_must_land_under_a_community()
    {
        var street = Unit(UnitLevel.Street);
        var grid = Unit(UnitLevel.Grid, Unit(UnitLevel.Community, street));
        var otherCommunity = Unit(UnitLevel.Community, street);
        var later = Now.AddHours(1);

        Assert.Contains("must sit under a community", grid.MoveTo(street, later), StringComparison.Ordinal);
        Assert.Null(grid.MoveTo(otherCommunity, later));
        Assert.Equal(otherCommunity.Id, grid.ParentId);
        Assert.Equal("130202001", grid.Code);
        Assert.Equal(later, grid.UpdatedAt);
        Assert.NotNull(grid.MoveTo(otherCommunity, later));
    }
}
