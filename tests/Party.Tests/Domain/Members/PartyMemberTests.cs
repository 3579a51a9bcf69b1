using Governance.Party.Domain.Members;

namespace Governance.Party.Tests.Domain.Members;

public class PartyMemberTests
{
    [Fact]
    public void A_mobile_member_joins_a_mobile_branch_only()
    {
        var (member, _) = PartyMember.Create("Li Lei", "13812345678", Guid.NewGuid(), organizationIsMobile: true, "rider", mobile: true, DateTimeOffset.UnixEpoch);
        var (refused, error) = PartyMember.Create("Li Lei", "13812345678", Guid.NewGuid(), organizationIsMobile: false, "rider", mobile: true, DateTimeOffset.UnixEpoch);

        Assert.True(member!.Mobile);
        Assert.Null(refused);
        Assert.Contains("mobile branch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_territorial_member_cannot_join_a_mobile_branch()
    {
        var (member, error) = PartyMember.Create("Han Mei", "13812345678", Guid.NewGuid(), organizationIsMobile: true, null, mobile: false, DateTimeOffset.UnixEpoch);

        Assert.Null(member);
        Assert.Contains("mobile members only", error, StringComparison.Ordinal);
    }
}
