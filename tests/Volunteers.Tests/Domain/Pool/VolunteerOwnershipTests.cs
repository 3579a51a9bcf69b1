using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Tests.Domain.Pool;

public sealed class VolunteerOwnershipTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static Volunteer Linked(string? account) => Volunteer.Create(
        new VolunteerProfile("Sun Yu", "13812345678", VolunteerKind.Resident, [new VolunteerSkill("first-aid", SkillLevel.Basic)], [], []),
        Guid.NewGuid(), new UnitPath(null, null, null), Now, account);

    [Fact]
    public void Only_the_linked_account_acts_for_a_volunteer_unless_the_caller_coordinates()
    {
        var volunteer = Linked("vol-sun");

        Assert.Null(volunteer.RefuseSelfService("vol-sun", coordinates: false, "check in"));
        var refusal = volunteer.RefuseSelfService("neighbour", coordinates: false, "check in");
        Assert.Equal(DomainErrorKind.NotAllowed, refusal?.Kind);
        Assert.Contains(Roles.VolunteerCoordinator, refusal!.Detail, StringComparison.Ordinal);
        Assert.Null(volunteer.RefuseSelfService("coordinator", coordinates: true, "check in"));
    }

    [Fact]
    public void An_unlinked_volunteer_is_acted_for_only_by_a_coordinator_until_linked()
    {
        var volunteer = Linked(null);
        Assert.Contains("no account", volunteer.RefuseSelfService("vol-sun", coordinates: false, "claim a wish")!.Detail, StringComparison.Ordinal);

        volunteer.LinkAccount(" vol-sun ");
        Assert.Null(volunteer.RefuseSelfService("vol-sun", coordinates: false, "claim a wish"));
        volunteer.LinkAccount("");
        Assert.Null(volunteer.Account);
    }

    [Fact]
    public void A_self_sign_up_belongs_to_the_caller_and_a_coordinator_names_the_account_or_none()
    {
        Assert.Equal("vol-sun", VolunteerOwnership.AccountFor(null, "vol-sun", coordinates: false));
        Assert.Equal("vol-sun", VolunteerOwnership.AccountFor("vol-sun", "vol-sun", coordinates: false));
        Assert.Equal("vol-sun", VolunteerOwnership.AccountFor("vol-sun", "coordinator", coordinates: true));
        Assert.Null(VolunteerOwnership.AccountFor(null, "coordinator", coordinates: true));
    }

    [Fact]
    public void Signing_up_one_may_not_verify_a_credential_nor_name_another_account()
    {
        var problems = VolunteerOwnership.SignUpProblems("someone-else", [false, true], "vol-sun", coordinates: false);

        Assert.Equal(["account", "skills[1].credential.verified"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(VolunteerOwnership.SignUpProblems("vol-sun", [false], "vol-sun", coordinates: false));
        Assert.Empty(VolunteerOwnership.SignUpProblems("someone-else", [true], "coordinator", coordinates: true));
    }

    [Fact]
    public void Credentials_are_shown_to_the_volunteer_s_own_account_and_the_district_s_coordinators_only()
    {
        Assert.True(ContactViewer.For("lunan", [], "vol-sun").MaySeePrivate("lunan", "vol-sun"));
        Assert.True(ContactViewer.For("lunan", [Roles.VolunteerCoordinator], "coordinator").MaySeePrivate("lunan", "vol-sun"));
        Assert.False(ContactViewer.For("lunan", ["grid-worker"], "neighbour").MaySeePrivate("lunan", "vol-sun"));
        Assert.False(ContactViewer.For("lunan", [], "neighbour").MaySeePrivate("lunan", null));
        Assert.False(ContactViewer.For("lubei", [Roles.DistrictAdmin], "admin").MaySeePrivate("lunan", "vol-sun"));
    }
}
