using Governance.Volunteers.Domain.Matching;
using static Governance.Volunteers.Tests.Domain.Matching.MatchingData;

namespace Governance.Volunteers.Tests.Domain.Matching;

/// <summary>Where things stored with their street, community and grid end up when the grid service moves a unit above them.</summary>
public sealed class UnitPathTests
{
    private static readonly Guid OtherStreet = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    [Fact]
    public void A_community_moving_to_another_street_changes_only_the_street()
    {
        Assert.Equal(new UnitPath(OtherStreet, Community, Grid), NeedPlace.MovedUnder("community", new UnitPath(OtherStreet, null, null)));
        Assert.Equal(new UnitPath(OtherStreet, Community, null), new UnitPath(Street, Community, null).MovedUnder("community", new UnitPath(OtherStreet, null, null)));
    }

    [Fact]
    public void A_grid_moving_to_another_community_takes_that_community_and_its_street()
    {
        var moved = NeedPlace.MovedUnder("grid", new UnitPath(OtherStreet, OtherCommunity, null));

        Assert.Equal(new UnitPath(OtherStreet, OtherCommunity, Grid), moved);
    }

    [Fact]
    public void What_sits_at_a_building_moving_to_another_grid_takes_the_whole_path_of_that_grid()
    {
        var moved = NeedPlace.MovedUnder("building", new UnitPath(OtherStreet, OtherCommunity, OtherGrid));

        Assert.Equal(new UnitPath(OtherStreet, OtherCommunity, OtherGrid), moved);
    }

    [Fact]
    public void Streets_never_move()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedPlace.MovedUnder("street", UnitPath.None));
    }
}
