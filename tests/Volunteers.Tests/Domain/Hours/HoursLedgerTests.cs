using Governance.ServiceDefaults.Domain;
using Governance.Volunteers.Domain;
using Governance.Volunteers.Domain.Hours;

namespace Governance.Volunteers.Tests.Domain.Hours;

public class HoursLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Volunteer = Guid.NewGuid();

    private static HoursEntry Manual(DateTimeOffset start, DateTimeOffset end, params HoursPeriod[] others)
    {
        var result = HoursEntry.Manual(Volunteer, start, end, "Helped at the canteen", others, "vol-1", Now);
        Assert.Null(result.Error);
        return result.Value!;
    }

    [Fact]
    public void A_check_in_is_open_until_check_out_and_then_waits_for_approval()
    {
        var assignment = Guid.NewGuid();
        var entry = HoursEntry.CheckIn(Volunteer, assignment, [], "vol-1", Now).Value!;

        Assert.True(entry.IsOpen);
        Assert.Equal((HoursSource.Assignment, (Guid?)assignment), (entry.Source, entry.SourceId));
        Assert.Null(entry.CheckOut(Now.AddMinutes(150)));

        Assert.Equal((2.5m, HoursStatus.Pending, false), (entry.Hours, entry.Status, entry.IsOpen));
    }

    [Fact]
    public void A_volunteer_cannot_check_in_twice()
    {
        var open = HoursEntry.CheckIn(Volunteer, null, [], "vol-1", Now.AddHours(-1)).Value!;

        var second = HoursEntry.CheckIn(Volunteer, null, [open.Period], "vol-1", Now);

        Assert.Equal((DomainErrorKind.WrongState, "checked-in"), (second.Error?.Kind, second.Error?.State));
    }

    [Fact]
    public void A_check_out_is_done_once()
    {
        var entry = HoursEntry.CheckIn(Volunteer, null, [], "vol-1", Now).Value!;
        Assert.Null(entry.CheckOut(Now.AddHours(1)));

        Assert.Equal(DomainErrorKind.WrongState, entry.CheckOut(Now.AddHours(2))?.Kind);
    }

    [Fact]
    public void A_check_out_after_more_than_24_hours_is_refused_and_points_to_a_correction()
    {
        var entry = HoursEntry.CheckIn(Volunteer, null, [], "vol-1", Now).Value!;

        var error = entry.CheckOut(Now.AddHours(25));

        Assert.Equal(DomainErrorKind.Rule, error?.Kind);
        Assert.Contains("correct", error?.Detail, StringComparison.Ordinal);
        Assert.True(entry.IsOpen);
    }

    [Theory]
    [InlineData(-2, -3, "after")]
    [InlineData(-30, -5, "at most 24")]
    [InlineData(-1, 1, "future")]
    public void A_manual_entry_must_end_after_it_starts_span_at_most_a_day_and_be_over(int startHours, int endHours, string expected)
    {
        var result = HoursEntry.Manual(Volunteer, Now.AddHours(startHours), Now.AddHours(endHours), "why", [], "vol-1", Now);

        Assert.Equal(DomainErrorKind.Rule, result.Error?.Kind);
        Assert.Contains(expected, result.Error?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volunteers_entries_cannot_overlap_but_may_touch()
    {
        var morning = Manual(Now.AddHours(-10), Now.AddHours(-8));

        var overlapping = HoursEntry.Manual(Volunteer, Now.AddHours(-9), Now.AddHours(-7), "why", [morning.Period], "vol-1", Now);
        var touching = HoursEntry.Manual(Volunteer, Now.AddHours(-8), Now.AddHours(-7), "why", [morning.Period], "vol-1", Now);

        Assert.Contains(morning.Id.ToString(), overlapping.Error?.Detail, StringComparison.Ordinal);
        Assert.Null(touching.Error);
    }

    [Fact]
    public void An_open_check_in_blocks_any_entry_after_its_start()
    {
        var open = HoursEntry.CheckIn(Volunteer, null, [], "vol-1", Now.AddHours(-2)).Value!;

        var result = HoursEntry.Manual(Volunteer, Now.AddHours(-1), Now, "why", [open.Period], "vol-1", Now);

        Assert.Contains("still checked in", result.Error?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_pending_closed_entries_are_approved_or_rejected()
    {
        var entry = Manual(Now.AddHours(-3), Now.AddHours(-1));
        var open = HoursEntry.CheckIn(Volunteer, null, [], "vol-1", Now).Value!;

        Assert.Null(entry.Approve("coordinator", Now));
        Assert.Equal(("coordinator", HoursStatus.Approved), (entry.DecidedBy, entry.Status));
        Assert.Equal("approved", entry.Reject("no", "coordinator", Now)?.State);
        Assert.Equal("approved", entry.Approve("coordinator", Now)?.State);
        Assert.Equal(DomainErrorKind.WrongState, open.Approve("coordinator", Now)?.Kind);
    }

    [Fact]
    public void A_correction_keeps_who_when_before_after_and_why()
    {
        var entry = Manual(Now.AddHours(-4), Now.AddHours(-1));
        Assert.Null(entry.Approve("coordinator", Now));

        var delta = entry.Correct(new HoursChange(null, Now.AddHours(-3), null), "Arrived an hour late", [], "coordinator", Now.AddMinutes(5));

        Assert.Equal(-1m, delta.Value);
        var correction = Assert.Single(entry.Corrections);
        Assert.Equal(("coordinator", Now.AddMinutes(5), "Arrived an hour late"), (correction.By, correction.At, correction.Reason));
        Assert.Equal((Now.AddHours(-4), 3m), (correction.Before.StartedAt, correction.Before.Hours));
        Assert.Equal((Now.AddHours(-3), 2m), (correction.After.StartedAt, correction.After.Hours));
        Assert.Equal(HoursStatus.Approved, entry.Status);
    }

    [Fact]
    public void A_correction_of_hours_alone_stays_within_the_period()
    {
        var entry = Manual(Now.AddHours(-3), Now.AddHours(-1));

        Assert.Equal(-0.5m, entry.Correct(new HoursChange(1.5m, null, null), "Lunch break", [], "c", Now).Value);
        Assert.Equal(DomainErrorKind.Rule, entry.Correct(new HoursChange(2.5m, null, null), "More", [], "c", Now).Error?.Kind);
    }

    [Fact]
    public void A_correction_closes_a_forgotten_check_in_but_not_without_an_end()
    {
        var entry = HoursEntry.CheckIn(Volunteer, null, [], "vol-1", Now.AddHours(-30)).Value!;

        Assert.Equal(DomainErrorKind.Rule, entry.Correct(new HoursChange(3m, null, null), "Forgot", [], "c", Now).Error?.Kind);
        Assert.Null(entry.Correct(new HoursChange(null, null, Now.AddHours(-27)), "Forgot to check out", [], "c", Now).Error);
        Assert.Equal((false, 3m), (entry.IsOpen, entry.Hours));
    }

    [Fact]
    public void A_correction_cannot_create_an_overlap_or_touch_a_rejected_entry()
    {
        var first = Manual(Now.AddHours(-6), Now.AddHours(-4));
        var second = Manual(Now.AddHours(-3), Now.AddHours(-1), first.Period);

        Assert.Contains(first.Id.ToString(), second.Correct(new HoursChange(null, Now.AddHours(-5), null), "x", [first.Period, second.Period], "c", Now).Error?.Detail, StringComparison.Ordinal);
        Assert.Null(second.Reject("duplicate", "c", Now));
        Assert.Equal("rejected", second.Correct(new HoursChange(1m, null, null), "x", [], "c", Now).Error?.State);
    }

    [Fact]
    public void Event_attendance_is_credited_approved()
    {
        var activity = Guid.NewGuid();

        var entry = HoursEntry.FromEvent(Volunteer, activity, "Health lecture", Now.AddHours(-3), Now.AddHours(-1), [], Now).Value!;

        Assert.Equal((HoursSource.Event, (Guid?)activity, HoursStatus.Approved, 2m, HoursActors.Events), (entry.Source, entry.SourceId, entry.Status, entry.Hours, entry.DecidedBy));
    }

    [Fact]
    public void Hours_are_rounded_to_hundredths()
    {
        Assert.Equal(0.33m, HoursRules.HoursBetween(Now, Now.AddMinutes(20)));
        Assert.Equal(0.01m, HoursRules.HoursBetween(Now, Now.AddSeconds(36)));
    }
}
