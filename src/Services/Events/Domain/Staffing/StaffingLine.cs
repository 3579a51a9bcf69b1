namespace Governance.Events.Domain.Staffing;

/// <summary>
/// One skill an activity needs volunteers for, and the volunteer service's latest answer about it.
/// Answers may arrive late or out of order (separate queues); an answer older than the one applied
/// changes nothing.
/// </summary>
public sealed class StaffingLine
{
    public const int MaxCount = 50;
    public const int MaxReasonLength = 500;

    private StaffingLine()
    {
    }

    public StaffingLine(string skill, int count)
    {
        Skill = skill;
        Count = count;
    }

    public string Skill { get; private set; } = "";

    public int Count { get; private set; }

    /// <summary>Why the volunteer service found fewer volunteers than asked; null once enough are assigned.</summary>
    public string? UnmatchedReason { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Applies an answer unless a later one was applied already; false when it was stale.</summary>
    internal bool Answer(DateTimeOffset occurredAt, int assigned, string? unmatchedReason)
    {
        if (occurredAt < AnsweredAt)
        {
            return false;
        }

        AnsweredAt = occurredAt;
        if (unmatchedReason is not null)
        {
            UnmatchedReason = unmatchedReason;
        }
        else if (assigned >= Count)
        {
            UnmatchedReason = null;
        }

        return true;
    }
}

/// <summary>A volunteer assigned to staff an activity, with when they arrived and left.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
    }

    public StaffMember(string skill, Guid volunteerId, string name)
    {
        Skill = skill;
        VolunteerId = volunteerId;
        Name = name;
    }

    public string Skill { get; private set; } = "";

    public Guid VolunteerId { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset? CheckedInAt { get; private set; }

    public DateTimeOffset? CheckedOutAt { get; private set; }

    internal void Rename(string name) => Name = name;

    internal void CheckIn(DateTimeOffset at) => CheckedInAt ??= at;

    internal void CheckOut(DateTimeOffset at) => CheckedOutAt ??= at;
}
