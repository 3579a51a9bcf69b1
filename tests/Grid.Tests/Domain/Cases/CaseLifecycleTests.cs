using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Domain.Cases;

public class CaseLifecycleTests
{
    private readonly FakeTimeProvider clock = new(Start);

    private GridCase Resolved()
    {
        var item = Report(clock);
        Assert.Null(item.Accept("worker-1", clock.GetUtcNow()));
        Assert.Null(item.Start("worker-1", clock.GetUtcNow()));
        Assert.Null(item.Resolve("Filled in", "worker-1", clock.GetUtcNow()));
        return item;
    }

    [Fact]
    public void A_reported_case_starts_at_grid_level_with_the_grid_deadline()
    {
        var item = Report(clock);

        Assert.Equal(CaseStatus.Reported, item.Status);
        Assert.Equal(CaseLevel.Grid, item.Level);
        Assert.Equal(Start.AddHours(10), item.DueAt);
        Assert.Equal(Units.GridId, item.ResponsibleUnitId);
        var entry = Assert.Single(item.History);
        Assert.Equal((CaseAction.Report, (CaseStatus?)null, CaseStatus.Reported, CaseLevel.Grid, "worker-1"), (entry.Action, entry.FromStatus, entry.ToStatus, entry.Level, entry.By));
    }

    [Fact]
    public void A_case_goes_from_reported_to_closed_and_every_step_is_in_its_history()
    {
        var item = Resolved();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(item.Close(4, "Quick", "resident-desk", clock.GetUtcNow()));

        Assert.Equal(CaseStatus.Closed, item.Status);
        Assert.Equal(4, item.Satisfaction);
        Assert.Equal("Filled in", item.Resolution);
        Assert.Equal(
            [CaseAction.Report, CaseAction.Accept, CaseAction.Start, CaseAction.Resolve, CaseAction.Close],
            item.History.Select(h => h.Action));
        var close = item.History[^1];
        Assert.Equal((CaseStatus.Resolved, CaseStatus.Closed, "resident-desk", Start.AddHours(1)), (close.FromStatus!.Value, close.ToStatus, close.By, close.At));
        Assert.Equal(Enumerable.Range(1, 5), item.History.Select(h => h.Sequence));
    }

    [Fact]
    public void A_closed_case_cannot_be_started()
    {
        var item = Resolved();
        item.Close(5, null, "desk", clock.GetUtcNow());

        var error = item.Start("worker-1", clock.GetUtcNow());

        Assert.NotNull(error);
        Assert.Equal(DomainErrorKind.WrongState, error.Kind);
        Assert.Equal(WireNames.Name(CaseStatus.Closed), error.State);
        Assert.Contains("is closed", error.Detail, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Closed, item.Status);
    }

    [Theory]
    [InlineData(CaseStatus.Reported, "resolve")]
    [InlineData(CaseStatus.Reported, "close")]
    [InlineData(CaseStatus.Accepted, "accept")]
    [InlineData(CaseStatus.InProgress, "reopen")]
    public void An_action_out_of_turn_is_refused_naming_the_state(CaseStatus state, string action)
    {
        var item = Report(clock);
        var now = clock.GetUtcNow();
        if (state != CaseStatus.Reported)
        {
            item.Accept("w", now);
        }

        if (state == CaseStatus.InProgress)
        {
            item.Start("w", now);
        }

        var error = action switch
        {
            "resolve" => item.Resolve("done", "w", now),
            "close" => item.Close(3, null, "w", now),
            "accept" => item.Accept("w", now),
            _ => item.Reopen("again", Sla(), "w", now),
        };

        Assert.Equal(WireNames.Name(state), error?.State);
        Assert.Equal(state, item.Status);
    }

    [Fact]
    public void Satisfaction_is_rated_from_one_to_five()
    {
        var item = Resolved();

        var error = item.Close(6, null, "desk", clock.GetUtcNow());

        Assert.NotNull(error);
        Assert.Equal(DomainErrorKind.Rule, error.Kind);
        Assert.Equal(CaseStatus.Resolved, item.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_open_case_can_be_escalated_and_lands_reported_at_the_next_level(int steps)
    {
        var item = Report(clock);
        if (steps >= 1)
        {
            item.Accept("w", clock.GetUtcNow());
        }

        if (steps >= 2)
        {
            item.Start("w", clock.GetUtcNow());
        }

        clock.Advance(TimeSpan.FromHours(3));
        Assert.Null(item.Escalate("Needs the community's budget", Sla(), "grid-lead", clock.GetUtcNow()));

        Assert.Equal((CaseStatus.Reported, CaseLevel.Community), (item.Status, item.Level));
        Assert.Equal(clock.GetUtcNow().AddHours(20), item.DueAt);
        Assert.Equal(Units.CommunityId, item.ResponsibleUnitId);
        var entry = item.History[^1];
        Assert.Equal((CaseAction.Escalate, CaseLevel.Community, "grid-lead", "Needs the community's budget"), (entry.Action, entry.Level, entry.By, entry.Reason));
    }

    [Fact]
    public void A_resolved_case_cannot_be_escalated()
    {
        var item = Resolved();

        Assert.Equal(WireNames.Name(CaseStatus.Resolved), item.Escalate("why", Sla(), "w", clock.GetUtcNow())?.State);
    }

    [Fact]
    public void A_street_level_case_cannot_climb_higher()
    {
        var item = Report(clock);
        item.Escalate("1", Sla(), "w", clock.GetUtcNow());
        item.Escalate("2", Sla(), "w", clock.GetUtcNow());

        var error = item.Escalate("3", Sla(), "w", clock.GetUtcNow());

        Assert.NotNull(error);
        Assert.Equal(DomainErrorKind.Rule, error.Kind);
        Assert.Contains("street level", error.Detail, StringComparison.Ordinal);
        Assert.Equal(CaseLevel.Street, item.Level);
    }

    [Fact]
    public void Reopening_a_closed_case_starts_it_again_at_the_same_level_with_a_fresh_deadline()
    {
        var item = Report(clock);
        item.Escalate("bigger", Sla(), "w", clock.GetUtcNow());
        item.Accept("w", clock.GetUtcNow());
        item.Start("w", clock.GetUtcNow());
        item.Resolve("done", "w", clock.GetUtcNow());
        item.Close(2, null, "desk", clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(3));

        Assert.Null(item.Reopen("Leaking again", Sla(), "desk", clock.GetUtcNow()));

        Assert.Equal((CaseStatus.Reported, CaseLevel.Community), (item.Status, item.Level));
        Assert.Equal(clock.GetUtcNow().AddHours(20), item.DueAt);
        Assert.Null(item.Satisfaction);
        Assert.Null(item.Resolution);
        Assert.Equal(SlaBand.Green, item.BandAt(clock.GetUtcNow()));
        Assert.Equal((CaseAction.Reopen, "Leaking again"), (item.History[^1].Action, item.History[^1].Reason));
    }

    [Fact]
    public void A_merged_duplicate_is_closed_and_points_to_its_original()
    {
        var original = Report(clock);
        var duplicate = Report(clock);

        Assert.Null(duplicate.MergeInto(original, "desk", clock.GetUtcNow()));

        Assert.Equal(CaseStatus.Closed, duplicate.Status);
        Assert.Equal(original.Id, duplicate.MergedInto);
        Assert.Equal(CaseStatus.Reported, original.Status);
        Assert.Equal(WireNames.Name(CaseStatus.Closed), duplicate.Reopen("no", Sla(), "desk", clock.GetUtcNow())?.State);
    }

    [Fact]
    public void Only_an_open_case_of_the_same_category_can_be_merged_into_a_case_that_is_no_duplicate_itself()
    {
        var original = Report(clock);
        var other = Report(clock, category: "noise");
        var duplicate = Report(clock);
        var second = Report(clock);
        second.MergeInto(original, "desk", clock.GetUtcNow());

        Assert.Equal(DomainErrorKind.Rule, duplicate.MergeInto(duplicate, "desk", clock.GetUtcNow())!.Kind);
        Assert.Contains("same category", duplicate.MergeInto(other, "desk", clock.GetUtcNow())!.Detail, StringComparison.Ordinal);
        Assert.Contains($"merge into {original.Id}", duplicate.MergeInto(second, "desk", clock.GetUtcNow())!.Detail, StringComparison.Ordinal);
        Assert.Equal(WireNames.Name(CaseStatus.Closed), second.MergeInto(original, "desk", clock.GetUtcNow())?.State);
    }
}
