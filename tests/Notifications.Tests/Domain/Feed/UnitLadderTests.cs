using Governance.Notifications.Domain.Feed;

namespace Governance.Notifications.Tests.Domain.Feed;

public class UnitLadderTests
{
    [Fact]
    public void The_ladder_of_a_building_names_its_grid_community_and_street()
    {
        var (building, grid, community, street) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var ladder = UnitLadder.From(building, [(building, "building"), (grid, "grid"), (community, "community"), (street, "street")]);

        Assert.Equal(new UnitLadder(building, grid, community, street), ladder);
    }

    [Fact]
    public void An_unknown_unit_keeps_only_itself_and_missing_rungs_can_come_from_elsewhere()
    {
        var (unit, grid) = (Guid.NewGuid(), Guid.NewGuid());

        var ladder = UnitLadder.From(unit, []).Or(new UnitLadder(null, grid, null, null));

        Assert.Equal(new UnitLadder(unit, grid, null, null), ladder);
    }
}
