using Governance.Grid.Domain.Cases;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Domain.Cases;

public class SlaLadderTests
{
    private readonly FakeTimeProvider clock = new(Start);

    [Fact]
    public void A_category_override_replaces_only_the_levels_it_names()
    {
        var sla = Sla();

        Assert.Equal(TimeSpan.FromHours(2), sla.DurationOf("water-leak", CaseLevel.Grid));
        Assert.Equal(TimeSpan.FromHours(2), sla.DurationOf("Water-Leak", CaseLevel.Grid));
        Assert.Equal(TimeSpan.FromHours(20), sla.DurationOf("water-leak", CaseLevel.Community));
        Assert.Equal(TimeSpan.FromHours(10), sla.DurationOf("road-damage", CaseLevel.Grid));
    }

    [Fact]
    public void Without_settings_the_ladder_allows_three_five_and_ten_days()
    {
        var sla = new SlaPolicy(new SlaOptions());

        Assert.Equal(
            [TimeSpan.FromDays(3), TimeSpan.FromDays(5), TimeSpan.FromDays(10)],
            Enum.GetValues<CaseLevel>().Select(level => sla.DurationOf("anything", level)));
    }

    [Theory]
    [InlineData(0, SlaBand.Green)]
    [InlineData(7.4, SlaBand.Green)]
    [InlineData(7.5, SlaBand.Amber)]
    [InlineData(9, SlaBand.Amber)]
    [InlineData(9.1, SlaBand.Red)]
    [InlineData(11, SlaBand.Red)]
    public void The_band_turns_amber_at_a_quarter_of_the_time_left_and_red_below_a_tenth(double hoursElapsed, SlaBand expected)
    {
        var item = Report(clock);

        clock.Advance(TimeSpan.FromHours(hoursElapsed));

        Assert.Equal(expected, item.BandAt(clock.GetUtcNow()));
    }

    [Fact]
    public void A_resolved_case_has_no_band()
    {
        var item = Report(clock);
        item.Accept("w", Start);
        item.Start("w", Start);
        item.Resolve("done", "w", Start);

        clock.Advance(TimeSpan.FromDays(30));

        Assert.Null(item.BandAt(clock.GetUtcNow()));
        Assert.Equal(DeadlineOutcome.None, item.DeadlinePassed(Sla(), clock.GetUtcNow()));
    }

    [Fact]
    public void Before_its_deadline_the_timer_leaves_a_case_alone()
    {
        var item = Report(clock);
        clock.Advance(TimeSpan.FromHours(9.9));

        Assert.Equal(DeadlineOutcome.None, item.DeadlinePassed(Sla(), clock.GetUtcNow()));
        Assert.Equal(CaseLevel.Grid, item.Level);
    }

    [Fact]
    public void Missed_deadlines_climb_the_case_from_grid_to_community_to_street_then_mark_it_overdue_once()
    {
        var sla = Sla();
        var item = Report(clock, category: "water-leak");
        item.Accept("w", clock.GetUtcNow());

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(DeadlineOutcome.Escalate, item.DeadlinePassed(sla, clock.GetUtcNow()));
        Assert.Equal((CaseLevel.Community, CaseStatus.Reported), (item.Level, item.Status));
        Assert.Equal(clock.GetUtcNow().AddHours(20), item.DueAt);
        Assert.Equal(DeadlineOutcome.None, item.DeadlinePassed(sla, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromHours(20));
        Assert.Equal(DeadlineOutcome.Escalate, item.DeadlinePassed(sla, clock.GetUtcNow()));
        Assert.Equal(CaseLevel.Street, item.Level);
        Assert.Equal(Units.StreetId, item.ResponsibleUnitId);

        clock.Advance(TimeSpan.FromHours(41));
        Assert.Equal(DeadlineOutcome.MarkOverdue, item.DeadlinePassed(sla, clock.GetUtcNow()));
        Assert.True(item.Overdue);
        Assert.Equal(SlaBand.Red, item.BandAt(clock.GetUtcNow()));
        Assert.Equal(DeadlineOutcome.None, item.DeadlinePassed(sla, clock.GetUtcNow().AddDays(1)));

        var automatic = item.History.Where(h => h.By == GridCase.SlaTimer).Select(h => (h.Action, h.Level)).ToList();
        Assert.Equal([(CaseAction.Escalate, CaseLevel.Community), (CaseAction.Escalate, CaseLevel.Street), (CaseAction.Overdue, CaseLevel.Street)], automatic);
        Assert.All(item.History.Where(h => h.By == GridCase.SlaTimer), h => Assert.Contains("deadline", h.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Reopening_an_overdue_street_case_clears_the_overdue_mark()
    {
        var sla = Sla();
        var item = Report(clock);
        item.Escalate("1", sla, "w", clock.GetUtcNow());
        item.Escalate("2", sla, "w", clock.GetUtcNow());
        clock.Advance(TimeSpan.FromHours(41));
        item.DeadlinePassed(sla, clock.GetUtcNow());
        item.Accept("w", clock.GetUtcNow());
        item.Start("w", clock.GetUtcNow());
        item.Resolve("done late", "w", clock.GetUtcNow());

        item.Reopen("not fixed", sla, "desk", clock.GetUtcNow());

        Assert.False(item.Overdue);
        Assert.Equal(SlaBand.Green, item.BandAt(clock.GetUtcNow()));
    }
}
