using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;

namespace Governance.Volunteers.Domain.Wishes;

/// <summary>What a micro-wish asks for; the same wire names as the grid service's door visits.</summary>
public enum WishCategory
{
    DailyNeeds,
    HomeRepair,
    Health,
    Companionship,
    Study,
    Legal,
    Employment,
    Other,
}

/// <summary>A release returns a wish to <see cref="Posted"/>; the history keeps that it was released.</summary>
public enum WishStatus
{
    Posted,
    Claimed,
    Fulfilled,
    Confirmed,
    Expired,
}

public enum WishAction
{
    Post,
    Claim,
    Release,
    Fulfil,
    Confirm,
    Expire,
}

/// <summary>
/// A resident's small wish (微心愿·我帮办) waiting for a volunteer or party member to make it come true.
/// Posted → claimed → fulfilled → confirmed by the grid; a claimer may release it back to posted;
/// an unfinished wish expires at its deadline. Expiry is read from the clock (<see cref="StatusAt"/>)
/// and written down later by the sweeper, so a wish is never claimable past its deadline.
/// </summary>
public sealed class MicroWish : IDistrictOwned
{
    public const int MaxDescriptionLength = 500;
    public const int MaxNoteLength = 1000;
    public const int MaxNameLength = 200;
    public const int MaxActorLength = 200;

    private readonly List<WishHistoryEntry> history = [];

    private MicroWish()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Description { get; private set; } = "";

    public WishCategory Category { get; private set; }

    /// <summary>The household's unit (a building, as the grid service reports it).</summary>
    public Guid UnitId { get; private set; }

    public Guid? GridId { get; private set; }

    /// <summary>The grid service's door visit the wish was voiced in; null for a wish posted here directly.</summary>
    public Guid? SourceVisitId { get; private set; }

    public DateTimeOffset? Deadline { get; private set; }

    public WishStatus Status { get; private set; }

    public Guid? ClaimedBy { get; private set; }

    public string? ClaimerName { get; private set; }

    /// <summary>The token subject that claimed the wish: only it may fulfil or release it.</summary>
    public string? ClaimedBySubject { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public DateTimeOffset? FulfilledAt { get; private set; }

    public string? FulfilmentNote { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): of two claims racing for the wish only one commits.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<WishHistoryEntry> History => history;

    public bool FromDoorVisit => SourceVisitId is not null;

    public static DomainResult<MicroWish> Post(NewWish details, string by, DateTimeOffset now)
    {
        if (details.Deadline is { } deadline && deadline <= now)
        {
            return DomainError.Rule($"The deadline {deadline:O} has already passed.");
        }

        return Create(Guid.CreateVersion7(now), details, null, by, now);
    }

    /// <summary>A wish voiced in a door visit keeps the grid's id, so its fulfilment can be reported back under it.</summary>
    public static MicroWish FromVisit(Guid wishId, Guid visitId, NewWish details, string by, DateTimeOffset now) =>
        Create(wishId, details, visitId, by, now);

    /// <summary>The status as of <paramref name="now"/>: an unfinished wish past its deadline is expired even before the sweeper records it.</summary>
    public WishStatus StatusAt(DateTimeOffset now) =>
        Status is WishStatus.Posted or WishStatus.Claimed && Deadline is { } deadline && deadline <= now ? WishStatus.Expired : Status;

    public DomainError? Claim(Guid volunteerId, string volunteerName, string by, DateTimeOffset now)
    {
        if (WrongState(WishAction.Claim, now, WishStatus.Posted) is { } error)
        {
            return error;
        }

        ClaimedBy = volunteerId;
        ClaimerName = volunteerName.Trim();
        ClaimedBySubject = by;
        ClaimedAt = now;
        Move(WishAction.Claim, WishStatus.Claimed, by, now, null);
        return null;
    }

    public DomainError? Fulfil(string note, string by, DateTimeOffset now)
    {
        if ((WrongState(WishAction.Fulfil, now, WishStatus.Claimed) ?? NotTheClaimer(WishAction.Fulfil, by)) is { } error)
        {
            return error;
        }

        FulfilledAt = now;
        FulfilmentNote = note.Trim();
        Move(WishAction.Fulfil, WishStatus.Fulfilled, by, now, FulfilmentNote);
        return null;
    }

    /// <summary>The grid worker checked with the household that the wish really came true.</summary>
    public DomainError? Confirm(string by, DateTimeOffset now)
    {
        if (WrongState(WishAction.Confirm, now, WishStatus.Fulfilled) is { } error)
        {
            return error;
        }

        ConfirmedAt = now;
        Move(WishAction.Confirm, WishStatus.Confirmed, by, now, null);
        return null;
    }

    /// <summary>Gives a claimed wish back to the pool. The claimer may, and so may a coordinator (<paramref name="asCoordinator"/>).</summary>
    public DomainError? Release(string by, bool asCoordinator, DateTimeOffset now)
    {
        if ((WrongState(WishAction.Release, now, WishStatus.Claimed) ?? (asCoordinator ? null : NotTheClaimer(WishAction.Release, by))) is { } error)
        {
            return error;
        }

        var note = $"Released by {ClaimerName ?? "its claimer"}.";
        ClaimedBy = null;
        ClaimerName = null;
        ClaimedBySubject = null;
        ClaimedAt = null;
        Move(WishAction.Release, WishStatus.Posted, by, now, note);
        return null;
    }

    /// <summary>Records the expiry the clock already shows; false when the wish is not (or no longer) due.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (Status == WishStatus.Expired || StatusAt(now) != WishStatus.Expired)
        {
            return false;
        }

        Move(WishAction.Expire, WishStatus.Expired, WishActors.Sweeper, now, $"The deadline {Deadline:O} passed.");
        return true;
    }

    private static MicroWish Create(Guid id, NewWish details, Guid? visitId, string by, DateTimeOffset now)
    {
        var wish = new MicroWish
        {
            Id = id,
            Description = details.Description.Trim(),
            Category = details.Category,
            UnitId = details.UnitId,
            GridId = details.GridId,
            SourceVisitId = visitId,
            Deadline = details.Deadline,
            Status = WishStatus.Posted,
            CreatedAt = now,
        };
        wish.Record(WishAction.Post, null, by, now, null);
        return wish;
    }

    private DomainError? WrongState(WishAction action, DateTimeOffset now, WishStatus allowed)
    {
        var current = StatusAt(now);
        if (current == allowed)
        {
            return null;
        }

        var why = current == WishStatus.Expired && Status != WishStatus.Expired ? $" (its deadline {Deadline:O} has passed)" : "";
        return DomainError.WrongState(current, $"Wish {Id} is {Name(current)}{why}; {Name(action)} is allowed only when it is {Name(allowed)}.");
    }

    private DomainError? NotTheClaimer(WishAction action, string by) =>
        by == ClaimedBySubject
            ? null
            : DomainError.NotAllowed($"Only whoever claimed wish {Id} may {Name(action)} it; it was claimed for {ClaimerName}.");

    private void Move(WishAction action, WishStatus to, string by, DateTimeOffset now, string? note)
    {
        var from = Status;
        Status = to;
        Record(action, from, by, now, note);
    }

    private void Record(WishAction action, WishStatus? from, string by, DateTimeOffset now, string? note)
    {
        history.Add(new WishHistoryEntry(history.Count + 1, action, from, Status, by, now, note));
        UpdatedAt = now;
    }

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => WireNames.Name(value);
}

public static class WishActors
{
    /// <summary>The history's "who" for expiries recorded by the sweeper.</summary>
    public const string Sweeper = "system:wish-expiry";
}

/// <summary>A wish as it is posted; <see cref="GridId"/> is known for wishes from door visits.</summary>
public sealed record NewWish(string Description, WishCategory Category, Guid UnitId, Guid? GridId, DateTimeOffset? Deadline);

public sealed record WishHistoryEntry(
    int Sequence, WishAction Action, WishStatus? FromStatus, WishStatus ToStatus, string By, DateTimeOffset At, string? Note);
