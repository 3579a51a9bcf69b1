using Governance.ServiceDefaults.Domain;
using Governance.Volunteers.Domain;
using Governance.Volunteers.Domain.Wishes;

namespace Governance.Volunteers.Tests.Domain.Wishes;

public class WishLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Volunteer = Guid.NewGuid();
    private readonly FakeTimeProvider clock = new(Start);

    private MicroWish Posted(TimeSpan? deadlineIn = null)
    {
        var result = MicroWish.Post(
            new NewWish("  A walking stick ", WishCategory.DailyNeeds, Guid.NewGuid(), null, deadlineIn is { } d ? Start + d : null), "worker-1", clock.GetUtcNow());
        Assert.Null(result.Error);
        return result.Value!;
    }

    private MicroWish Claimed(string by = "vol-1")
    {
        var wish = Posted(TimeSpan.FromDays(7));
        Assert.Null(wish.Claim(Volunteer, "Sun Yu", by, clock.GetUtcNow()));
        return wish;
    }

    [Fact]
    public void A_posted_wish_is_trimmed_and_starts_its_history()
    {
        var wish = Posted();

        Assert.Equal(WishStatus.Posted, wish.Status);
        Assert.Equal("A walking stick", wish.Description);
        Assert.False(wish.FromDoorVisit);
        var entry = Assert.Single(wish.History);
        Assert.Equal((WishAction.Post, (WishStatus?)null, WishStatus.Posted, "worker-1"), (entry.Action, entry.FromStatus, entry.ToStatus, entry.By));
    }

    [Fact]
    public void A_wish_cannot_be_posted_with_a_deadline_already_passed()
    {
        var result = MicroWish.Post(new NewWish("Tap", WishCategory.HomeRepair, Guid.NewGuid(), null, Start.AddMinutes(-1)), "w", Start);

        Assert.Equal(DomainErrorKind.Rule, result.Error?.Kind);
    }

    [Fact]
    public void A_wish_from_a_door_visit_keeps_the_grids_id_and_visit()
    {
        var wishId = Guid.NewGuid();
        var visit = Guid.NewGuid();

        var wish = MicroWish.FromVisit(wishId, visit, new NewWish("Tap", WishCategory.HomeRepair, Guid.NewGuid(), Guid.NewGuid(), null), "system:grid", Start);

        Assert.Equal((wishId, visit, true), (wish.Id, wish.SourceVisitId, wish.FromDoorVisit));
    }

    [Fact]
    public void A_claimed_wish_cannot_be_claimed_twice()
    {
        var wish = Claimed();

        var error = wish.Claim(Guid.NewGuid(), "Li Lei", "vol-2", clock.GetUtcNow());

        Assert.Equal((DomainErrorKind.WrongState, "claimed"), (error?.Kind, error?.State));
        Assert.Equal(Volunteer, wish.ClaimedBy);
    }

    [Fact]
    public void Only_the_claimer_fulfils_a_wish()
    {
        var wish = Claimed("vol-1");

        var error = wish.Fulfil("Bought one", "vol-2", clock.GetUtcNow());

        Assert.Equal(DomainErrorKind.NotAllowed, error?.Kind);
        Assert.Equal(WishStatus.Claimed, wish.Status);
    }

    [Fact]
    public void A_fulfilled_wish_is_confirmed_by_the_grid_and_the_history_tells_the_story()
    {
        var wish = Claimed("vol-1");
        clock.Advance(TimeSpan.FromHours(2));

        Assert.Null(wish.Fulfil(" Delivered on Tuesday ", "vol-1", clock.GetUtcNow()));
        Assert.Null(wish.Confirm("worker-1", clock.GetUtcNow()));

        Assert.Equal(WishStatus.Confirmed, wish.Status);
        Assert.Equal("Delivered on Tuesday", wish.FulfilmentNote);
        Assert.Equal(Start.AddHours(2), wish.FulfilledAt);
        Assert.Equal([WishAction.Post, WishAction.Claim, WishAction.Fulfil, WishAction.Confirm], wish.History.Select(h => h.Action));
    }

    [Fact]
    public void A_posted_wish_cannot_be_fulfilled_or_confirmed()
    {
        var wish = Posted();

        Assert.Equal("posted", wish.Fulfil("x", "vol-1", Start)?.State);
        Assert.Equal("posted", wish.Confirm("worker-1", Start)?.State);
    }

    [Fact]
    public void A_released_wish_goes_back_to_the_pool_and_can_be_claimed_again()
    {
        var wish = Claimed("vol-1");

        Assert.Null(wish.Release("vol-1", asCoordinator: false, Start));
        Assert.Equal((WishStatus.Posted, (Guid?)null, (string?)null), (wish.Status, wish.ClaimedBy, wish.ClaimerName));
        Assert.Contains(wish.History, h => h.Action == WishAction.Release && h.ToStatus == WishStatus.Posted);

        var other = Guid.NewGuid();
        Assert.Null(wish.Claim(other, "Li Lei", "vol-2", Start));
        Assert.Equal(other, wish.ClaimedBy);
    }

    [Fact]
    public void Someone_else_may_release_a_claim_only_as_a_coordinator()
    {
        var wish = Claimed("vol-1");

        Assert.Equal(DomainErrorKind.NotAllowed, wish.Release("vol-2", asCoordinator: false, Start)?.Kind);
        Assert.Null(wish.Release("coordinator", asCoordinator: true, Start));
    }

    [Fact]
    public void A_wish_past_its_deadline_reads_as_expired_and_cannot_be_claimed()
    {
        var wish = Posted(TimeSpan.FromDays(1));
        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(WishStatus.Expired, wish.StatusAt(clock.GetUtcNow()));
        var error = wish.Claim(Volunteer, "Sun Yu", "vol-1", clock.GetUtcNow());
        Assert.Equal("expired", error?.State);
        Assert.Contains("deadline", error?.Detail, StringComparison.Ordinal);
        Assert.Equal(WishStatus.Posted, wish.Status);
    }

    [Fact]
    public void A_claimed_wish_past_its_deadline_cannot_be_fulfilled_any_more()
    {
        var wish = Claimed();
        clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal("expired", wish.Fulfil("late", "vol-1", clock.GetUtcNow())?.State);
    }

    [Fact]
    public void The_sweeper_records_an_expiry_once_and_only_when_due()
    {
        var wish = Posted(TimeSpan.FromHours(3));

        Assert.False(wish.Expire(Start.AddHours(2)));
        Assert.True(wish.Expire(Start.AddHours(3)));
        Assert.False(wish.Expire(Start.AddHours(4)));

        Assert.Equal(WishStatus.Expired, wish.Status);
        var last = wish.History[^1];
        Assert.Equal((WishAction.Expire, WishActors.Sweeper), (last.Action, last.By));
    }

    [Fact]
    public void Fulfilled_and_undated_wishes_never_expire()
    {
        var undated = Posted();
        var fulfilled = Claimed();
        Assert.Null(fulfilled.Fulfil("done", "vol-1", Start));

        Assert.False(undated.Expire(Start.AddYears(1)));
        Assert.False(fulfilled.Expire(Start.AddYears(1)));
        Assert.Equal(WishStatus.Fulfilled, fulfilled.StatusAt(Start.AddYears(1)));
    }
}
