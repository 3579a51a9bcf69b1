using Governance.Contracts.Volunteers;
using Governance.Volunteers.Domain.Matching;
using static Governance.Volunteers.Tests.Domain.Matching.MatchingData;
using Governance.ServiceDefaults.Domain;

namespace Governance.Volunteers.Tests.Domain.Matching;

public sealed class NeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static Need TwoPeopleNeed() => Need.Raise("legal", Grid, NeedPlace, SaturdayMorning, 2, NeedSources.Manual, null, Now);

    [Fact]
    public void A_manual_need_is_its_own_source()
    {
        var need = TwoPeopleNeed();

        Assert.Equal(need.Id, need.SourceId);
        Assert.Equal(NeedStatus.Open, need.Status);
    }

    [Fact]
    public void A_need_keeps_its_window_in_utc_whatever_offset_it_came_with()
    {
        var need = TwoPeopleNeed();

        Assert.Equal(TimeSpan.Zero, need.From.Offset);
        Assert.Equal(SaturdayMorning.From, need.From);
        Assert.Equal(SaturdayMorning.To, need.To);
    }

    [Fact]
    public void A_need_is_assigned_once_it_has_as_many_volunteers_as_it_asks_for()
    {
        var need = TwoPeopleNeed();

        Assert.Null(need.Assign([new AssignedPerson(Id(1), "Li")], Now));
        Assert.Equal(NeedStatus.Open, need.Status);
        Assert.Null(need.Assign([new AssignedPerson(Id(2), "Wang")], Now));

        Assert.Equal(NeedStatus.Assigned, need.Status);
        Assert.All(need.Assignments, a => Assert.Equal(SaturdayMorning.From, a.From));
    }

    [Fact]
    public void More_volunteers_than_asked_for_break_a_rule()
    {
        var error = TwoPeopleNeed().Assign([new(Id(1), "Li"), new(Id(2), "Wang"), new(Id(3), "Zhao")], Now);

        Assert.Equal(DomainErrorKind.Rule, error?.Kind);
    }

    [Fact]
    public void The_same_volunteer_cannot_be_assigned_twice()
    {
        var need = TwoPeopleNeed();
        need.Assign([new AssignedPerson(Id(1), "Li")], Now);

        Assert.Equal(DomainErrorKind.Rule, need.Assign([new AssignedPerson(Id(1), "Li")], Now)?.Kind);
    }

    [Fact]
    public void Releasing_reopens_an_assigned_need()
    {
        var need = TwoPeopleNeed();
        need.Assign([new(Id(1), "Li"), new(Id(2), "Wang")], Now);

        Assert.Null(need.Release(Id(1)));

        Assert.Equal(NeedStatus.Open, need.Status);
        Assert.Equal([Id(2)], need.Assignments.Select(a => a.VolunteerId));
    }

    [Fact]
    public void Releasing_someone_not_assigned_is_missing()
    {
        Assert.Equal(DomainErrorKind.NotFound, TwoPeopleNeed().Release(Id(9))?.Kind);
    }

    [Fact]
    public void A_cancelled_need_releases_everyone_and_takes_nobody()
    {
        var need = TwoPeopleNeed();
        need.Assign([new AssignedPerson(Id(1), "Li")], Now);

        Assert.True(need.Cancel());

        Assert.Empty(need.Assignments);
        Assert.False(need.Cancel());
        var error = need.Assign([new AssignedPerson(Id(2), "Wang")], Now);
        Assert.Equal(DomainErrorKind.WrongState, error?.Kind);
        Assert.Equal("cancelled", error?.State);
    }
}
