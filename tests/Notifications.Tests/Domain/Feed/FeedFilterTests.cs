using Governance.Notifications.Domain.Feed;

namespace Governance.Notifications.Tests.Domain.Feed;

public class FeedFilterTests
{
    private static readonly Guid Street = Guid.NewGuid();
    private static readonly Guid Community = Guid.NewGuid();
    private static readonly Guid Grid = Guid.NewGuid();
    private static readonly Guid Building = Guid.NewGuid();
    private static readonly UnitLadder InBuilding = new(Building, Grid, Community, Street);

    [Fact]
    public void Families_select_their_types_and_a_full_type_selects_itself()
    {
        var (filter, error) = FeedFilter.Parse("case, wish", null);

        Assert.Null(error);
        Assert.True(filter!.Matches("case-escalated", InBuilding));
        Assert.True(filter.Matches("wish-claimed", InBuilding));
        Assert.False(filter.Matches("activity-cancelled", InBuilding));
        Assert.True(FeedFilter.Parse("case-escalated", null).Filter!.Matches("case-escalated", InBuilding));
        Assert.False(FeedFilter.Parse("case-escalated", null).Filter!.Matches("case-reported", InBuilding));
        Assert.True(FeedFilter.Parse("activity", null).Filter!.Matches("registration-counts-changed", InBuilding));
        Assert.True(FeedFilter.Parse("volunteers", null).Filter!.Matches("need-unmatched", InBuilding));
    }

    [Fact]
    public void A_unit_includes_every_change_beneath_it_and_nothing_beside_it()
    {
        Assert.All(new[] { Street, Community, Grid, Building }, unit => Assert.True(FeedFilter.Parse(null, unit).Filter!.Matches("case-reported", InBuilding)));
        Assert.False(FeedFilter.Parse(null, Guid.NewGuid()).Filter!.Matches("case-reported", InBuilding));
        Assert.False(FeedFilter.Parse(null, Grid).Filter!.Matches("case-reported", UnitLadder.Unknown));
    }

    [Theory]
    [InlineData("cases")]
    [InlineData("case,\u202ewish")]
    [InlineData("payments")]
    public void An_unknown_family_is_refused_naming_the_allowed_ones(string types)
    {
        var (filter, error) = FeedFilter.Parse(types, null);

        Assert.Null(filter);
        Assert.Contains("case, wish, activity, volunteers, place", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_types_means_everything() => Assert.True(FeedFilter.Parse(" ", null).Filter!.Matches("place-opened", UnitLadder.Unknown));
}
