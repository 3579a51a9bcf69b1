using Governance.Party.Domain.Organizations;

namespace Governance.Party.Tests.Domain.Organizations;

public class CoverageTests
{
    private static readonly UnitRef Street = new(Guid.NewGuid(), "street", null, "Street");
    private static readonly UnitRef CommunityA = new(Guid.NewGuid(), "community", Street.Id, "A");
    private static readonly UnitRef CommunityB = new(Guid.NewGuid(), "community", Street.Id, "B");
    private static readonly UnitRef GridA1 = new(Guid.NewGuid(), "grid", CommunityA.Id, "A1");
    private static readonly UnitRef GridA2 = new(Guid.NewGuid(), "grid", CommunityA.Id, "A2");
    private static readonly UnitRef BuildingA1 = new(Guid.NewGuid(), "building", GridA1.Id, "A1-1");
    private static readonly UnitRef ElsewhereCommunity = new(Guid.NewGuid(), "community", Guid.NewGuid(), "Elsewhere");

    private static readonly UnitRef[] Units = [Street, CommunityA, CommunityB, GridA1, GridA2, BuildingA1, ElsewhereCommunity];

    private static LevelCoverage At(IReadOnlyList<LevelCoverage> coverage, PartyLevel level) => coverage.Single(c => c.Level == level);

    [Fact]
    public void Gaps_are_the_units_beneath_with_no_organisation_at_their_level()
    {
        var coverage = Coverage.Compute(Street.Id, Units, [(PartyLevel.CommunityCommittee, CommunityA.Id), (PartyLevel.GridBranch, GridA1.Id)]);

        var communities = At(coverage, PartyLevel.CommunityCommittee);
        Assert.Equal((2, 1, 0.5), (communities.Units, communities.Covered, communities.Ratio));
        Assert.Equal([CommunityB.Id], communities.Gaps.Select(g => g.Id));
        Assert.Equal([GridA2.Id], At(coverage, PartyLevel.GridBranch).Gaps.Select(g => g.Id));
        Assert.Equal(0.0, At(coverage, PartyLevel.BuildingGroup).Ratio);
    }

    [Fact]
    public void An_organisation_of_another_level_on_the_unit_does_not_cover_it()
    {
        var coverage = Coverage.Compute(CommunityA.Id, Units, [(PartyLevel.BuildingGroup, GridA1.Id)]);

        Assert.Equal(2, At(coverage, PartyLevel.GridBranch).Gaps.Count);
    }

    [Fact]
    public void Only_units_beneath_the_given_one_count_and_empty_levels_are_fully_covered()
    {
        var coverage = Coverage.Compute(GridA2.Id, Units, []);

        Assert.All(coverage, level => Assert.Equal((0, 1.0), (level.Units, level.Ratio)));
    }
}
