using Governance.Party.Domain.Groups;

namespace Governance.Party.Tests.Domain.Groups;

public class ThreePlusTwoGroupTests
{
    private static readonly GroupRole[] Complete = [GroupRole.PartyRepresentative, GroupRole.NpcDeputy, GroupRole.CppccMember, GroupRole.GridWorker, GroupRole.Volunteer];

    [Fact]
    public void A_group_has_exactly_one_of_each_role()
    {
        var (group, error) = ThreePlusTwoGroup.Create(Guid.NewGuid(), Complete.Select(r => new GroupSeat(r, $"person-{r}")).ToList(), DateTimeOffset.UnixEpoch);

        Assert.Null(error);
        Assert.Equal(5, group!.Members.Count);
    }

    [Fact]
    public void A_missing_role_is_named()
    {
        var error = ThreePlusTwoGroup.CompositionError(Complete.Where(r => r != GroupRole.NpcDeputy).ToList());

        Assert.Contains("missing: npc-deputy", error, StringComparison.Ordinal);
        Assert.DoesNotContain("too many", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_role_is_named_with_the_missing_one()
    {
        var error = ThreePlusTwoGroup.CompositionError([.. Complete.Where(r => r != GroupRole.Volunteer), GroupRole.GridWorker]);

        Assert.Contains("missing: volunteer", error, StringComparison.Ordinal);
        Assert.Contains("too many: 1 extra grid-worker", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_group_misses_all_five()
    {
        var (group, error) = ThreePlusTwoGroup.Create(Guid.NewGuid(), [], DateTimeOffset.UnixEpoch);

        Assert.Null(group);
        Assert.Contains("party-representative, npc-deputy, cppcc-member, grid-worker, volunteer", error, StringComparison.Ordinal);
    }
}
