namespace Governance.Grid.Domain.People;

/// <summary>What a micro-wish (微心愿) asks for; volunteers pick wishes they can fulfil by category.</summary>
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

public enum WishStatus
{
    Voiced,
    Fulfilled,
}

/// <summary>
/// A small wish a resident voiced during a door visit. The volunteer service takes it up and
/// reports it fulfilled; the visit record shows that.
/// </summary>
public sealed class MicroWish
{
    public const int MaxDescriptionLength = 500;
    public const int MaxNoteLength = 1000;
    public const int MaxFulfilledByLength = 200;

    internal MicroWish(Guid id, string description, WishCategory category, DateTimeOffset? deadline)
    {
        Id = id;
        Description = description;
        Category = category;
        Deadline = deadline;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; }

    public WishCategory Category { get; private set; }

    public DateTimeOffset? Deadline { get; private set; }

    public WishStatus Status { get; private set; }

    public DateTimeOffset? FulfilledAt { get; private set; }

    public string? FulfilledNote { get; private set; }

    public string? FulfilledBy { get; private set; }

    /// <summary>
    /// Marks the wish fulfilled. A wish is fulfilled once: a later report (the volunteer service
    /// correcting itself, or a second volunteer) does not overwrite the first; returns false then.
    /// </summary>
    public bool Fulfil(DateTimeOffset fulfilledAt, string? note, string? fulfilledBy)
    {
        if (Status == WishStatus.Fulfilled)
        {
            return false;
        }

        Status = WishStatus.Fulfilled;
        FulfilledAt = fulfilledAt;
        FulfilledNote = Truncate(note, MaxNoteLength);
        FulfilledBy = Truncate(fulfilledBy, MaxFulfilledByLength);
        return true;
    }

    // The report comes from another service: cut what does not fit rather than lose the fulfilment.
    private static string? Truncate(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : trimmed;
}
