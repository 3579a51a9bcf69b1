using Governance.Party.Domain.Organizations;

namespace Governance.Party.Tests.Domain.Organizations;

public class PartyOrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly UnitRef Street = new(Guid.NewGuid(), "street", null, "Xuefeng Street");
    private static readonly UnitRef Community = new(Guid.NewGuid(), "community", Street.Id, "Heping Community");
    private static readonly UnitRef OtherCommunity = new(Guid.NewGuid(), "community", Guid.NewGuid(), "Elsewhere Community");
    private static readonly UnitRef Grid = new(Guid.NewGuid(), "grid", Community.Id, "Grid 1");
    private static readonly UnitRef Building = new(Guid.NewGuid(), "building", Grid.Id, "Building 3");

    private static PartyOrganization Create(PartyLevel level, PartyOrganization? parent, UnitRef unit, bool mobile = false)
    {
        var (organization, error) = PartyOrganization.Create(level, parent, unit, $"{level}", mobile, Now);
        Assert.True(organization is not null, error);
        return organization;
    }

    private static string Refused(PartyLevel level, PartyOrganization? parent, UnitRef unit, bool mobile = false)
    {
        var (organization, error) = PartyOrganization.Create(level, parent, unit, "x", mobile, Now);
        Assert.Null(organization);
        return error!;
    }

    [Fact]
    public void The_five_levels_stack_from_the_street_to_a_members_home()
    {
        var street = Create(PartyLevel.StreetCommittee, null, Street);
        var community = Create(PartyLevel.CommunityCommittee, street, Community);
        var branch = Create(PartyLevel.GridBranch, community, Grid);
        var group = Create(PartyLevel.BuildingGroup, branch, Building);
        var household = Create(PartyLevel.MemberHousehold, group, Building);

        Assert.Equal(group.Id, household.ParentId);
        Assert.Equal(Building.Id, household.UnitId);
    }

    [Fact]
    public void A_level_can_only_sit_under_the_level_directly_above()
    {
        var street = Create(PartyLevel.StreetCommittee, null, Street);

        var error = Refused(PartyLevel.GridBranch, street, Grid);

        Assert.Contains("must sit under a community-committee, not under a street-committee", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_street_committee_has_no_parent()
    {
        Assert.Contains("parentId is required", Refused(PartyLevel.CommunityCommittee, null, Community), StringComparison.Ordinal);
        var street = Create(PartyLevel.StreetCommittee, null, Street);
        Assert.Contains("top level", Refused(PartyLevel.StreetCommittee, street, Street), StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_sits_on_a_unit_of_its_own_level()
    {
        var street = Create(PartyLevel.StreetCommittee, null, Street);

        Assert.Contains("sits on a community", Refused(PartyLevel.CommunityCommittee, street, Grid), StringComparison.Ordinal);
    }

    [Fact]
    public void The_unit_must_lie_within_the_parent_organisations_unit()
    {
        var street = Create(PartyLevel.StreetCommittee, null, Street);

        Assert.Contains("does not lie within", Refused(PartyLevel.CommunityCommittee, street, OtherCommunity), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mobile_branch_hangs_off_a_street_or_community_committee_on_its_unit()
    {
        var street = Create(PartyLevel.StreetCommittee, null, Street);
        var community = Create(PartyLevel.CommunityCommittee, street, Community);

        Assert.True(Create(PartyLevel.GridBranch, street, Street, mobile: true).Mobile);
        Assert.True(Create(PartyLevel.GridBranch, community, Community, mobile: true).Mobile);
        Assert.Contains("own unit", Refused(PartyLevel.GridBranch, street, Community, mobile: true), StringComparison.Ordinal);
        Assert.Contains("Only a grid-branch", Refused(PartyLevel.BuildingGroup, community, Community, mobile: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_sits_under_a_mobile_branch()
    {
        var street = Create(PartyLevel.StreetCommittee, null, Street);
        var community = Create(PartyLevel.CommunityCommittee, street, Community);
        var mobile = Create(PartyLevel.GridBranch, community, Community, mobile: true);

        Assert.Contains("mobile branch has no organisations", Refused(PartyLevel.BuildingGroup, mobile, Building), StringComparison.Ordinal);
    }
}
