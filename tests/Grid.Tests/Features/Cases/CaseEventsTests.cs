using Governance.Grid.Domain.Cases;
using Governance.Grid.Features.Cases;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Features.Cases;

/// <summary>What the case events tell a consumer that reads no grid database: ladder, band, the reporter's account.</summary>
public class CaseEventsTests
{
    private readonly FakeTimeProvider clock = new(Start);

    private GridCase Reported(string? account = "resident-7", string category = "road-damage") =>
        GridCase.Report(
            new NewCase(category, "Pothole", "A deep pothole by gate 3", null, "Wang Fang", "13812345678", null, ReporterAccount: account),
            Units, Sla(), account ?? "open311:app", clock.GetUtcNow());

    [Fact]
    public void A_report_keeps_the_reporters_account_and_its_event_carries_it_with_the_ladder_and_a_green_band()
    {
        var item = Reported();

        var reported = CaseEvents.Reported(item, clock.GetUtcNow());

        Assert.Equal("resident-7", item.ReporterAccount);
        Assert.Equal((Units.GridId, Units.CommunityId, Units.StreetId), (reported.GridId, reported.CommunityId, reported.StreetId));
        Assert.Equal(("green", "resident-7"), (reported.Band, reported.ReporterAccount));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_report_without_an_account_has_none_and_its_events_say_so(string? account)
    {
        var item = Reported(account);

        Assert.Null(item.ReporterAccount);
        Assert.Null(CaseEvents.Reported(item, clock.GetUtcNow()).ReporterAccount);
    }

    [Fact]
    public void Accepting_is_announced_at_the_cases_level_with_its_deadline_and_current_band()
    {
        var item = Reported();
        clock.Advance(TimeSpan.FromHours(8));
        Assert.Null(item.Accept("worker-1", clock.GetUtcNow()));

        var accepted = CaseEvents.Accepted(item, clock.GetUtcNow());

        Assert.Equal(("grid", Units.GridId, item.DueAt), (accepted.Level, accepted.ResponsibleUnitId, accepted.DueAt));
        Assert.Equal(("amber", "resident-7"), (accepted.Band, accepted.ReporterAccount));
        Assert.Equal((Units.GridId, Units.CommunityId, Units.StreetId), (accepted.GridId, accepted.CommunityId, accepted.StreetId));
    }

    [Fact]
    public void An_escalation_carries_the_ladder_and_the_band_of_the_fresh_deadline()
    {
        var item = Reported();
        clock.Advance(TimeSpan.FromHours(9.5));
        Assert.Equal(SlaBand.Red, item.BandAt(clock.GetUtcNow()));
        Assert.Null(item.Escalate("Needs the community", Sla(), "worker-1", clock.GetUtcNow()));

        var escalated = CaseEvents.Escalated(item, CaseLevel.Grid, automatic: false, clock.GetUtcNow());

        Assert.Equal(("grid", "community", Units.CommunityId), (escalated.FromLevel, escalated.ToLevel, escalated.ResponsibleUnitId));
        Assert.Equal((Units.GridId, Units.CommunityId, Units.StreetId), (escalated.GridId!.Value, escalated.CommunityId!.Value, escalated.StreetId!.Value));
        Assert.Equal(("green", "resident-7"), (escalated.Band, escalated.ReporterAccount));
    }

    [Fact]
    public void The_overdue_moment_is_the_street_deadline_passing_and_its_event_is_red_at_the_street()
    {
        var sla = Sla();
        var item = Reported();
        clock.Advance(TimeSpan.FromHours(10));
        Assert.Equal(DeadlineOutcome.Escalate, item.DeadlinePassed(sla, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromHours(20));
        Assert.Equal(DeadlineOutcome.Escalate, item.DeadlinePassed(sla, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes((39 * 60) + 54));
        Assert.Equal(DeadlineOutcome.None, item.DeadlinePassed(sla, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(DeadlineOutcome.MarkOverdue, item.DeadlinePassed(sla, clock.GetUtcNow()));
        var overdue = CaseEvents.Overdue(item, clock.GetUtcNow());

        Assert.Equal(("street", Units.StreetId, item.DueAt), (overdue.Level, overdue.ResponsibleUnitId, overdue.DueAt));
        Assert.Equal(("red", "resident-7"), (overdue.Band, overdue.ReporterAccount));
        Assert.Equal(DeadlineOutcome.None, item.DeadlinePassed(sla, clock.GetUtcNow().AddDays(1)));
    }

    [Fact]
    public void Resolved_and_closed_cases_have_no_band_and_their_events_carry_the_ladder()
    {
        var item = Reported();
        item.Accept("w", clock.GetUtcNow());
        item.Start("w", clock.GetUtcNow());
        Assert.Null(item.Resolve("Filled", "w", clock.GetUtcNow()));
        var resolved = CaseEvents.Resolved(item, clock.GetUtcNow());
        Assert.Null(item.Close(5, null, "w", clock.GetUtcNow()));
        var closed = CaseEvents.Closed(item, clock.GetUtcNow());

        Assert.Null(resolved.Band);
        Assert.Null(closed.Band);
        Assert.Equal(("resident-7", "resident-7", 5), (resolved.ReporterAccount, closed.ReporterAccount, closed.Satisfaction));
        Assert.Equal((Units.GridId, Units.CommunityId, Units.StreetId), (closed.GridId!.Value, closed.CommunityId!.Value, closed.StreetId!.Value));
    }

    [Fact]
    public void A_residents_update_that_reopens_the_case_is_announced_and_a_mere_comment_is_not()
    {
        var sla = Sla();
        var item = Reported();
        Assert.Null(item.ResidentUpdate("Still there?", reopen: true, sla, "open311:app", clock.GetUtcNow()));
        Assert.Empty(CaseEvents.ReopenedBy(item, clock.GetUtcNow()));

        item.Accept("w", clock.GetUtcNow());
        item.Start("w", clock.GetUtcNow());
        item.Resolve("Filled", "w", clock.GetUtcNow());
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(item.ResidentUpdate("It is back", reopen: true, sla, "open311:app", clock.GetUtcNow()));

        var reopened = Assert.Single(CaseEvents.ReopenedBy(item, clock.GetUtcNow()));
        Assert.Equal(("grid", Units.GridId, clock.GetUtcNow() + TimeSpan.FromHours(10)), (reopened.Level, reopened.ResponsibleUnitId, reopened.DueAt));
        Assert.Equal(("green", "resident-7"), (reopened.Band, reopened.ReporterAccount));
    }
}
