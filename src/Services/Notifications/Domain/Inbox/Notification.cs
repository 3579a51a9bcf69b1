using Governance.BuildingBlocks.Data;

namespace Governance.Notifications.Domain.Inbox;

/// <summary>
/// Something one person (a token's <c>sub</c>) should hear about: their waitlisted registration moved
/// up, their activity was cancelled, they were assigned to staff a need, a case they reported changed.
/// It holds ids and facts, never names or phones; the frontend fetches details it may show.
/// </summary>
public sealed class Notification : IDistrictOwned
{
    public const int MaxRecipientLength = 200;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Recipient { get; private set; } = "";

    /// <summary>What happened, in kebab-case: <c>registration-promoted</c>, <c>activity-cancelled</c>, <c>volunteer-assigned</c>, <c>case-changed</c>.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The record it is about (registration, activity, need, case).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The facts as a JSON object.</summary>
    public string Facts { get; private set; } = "{}";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The event that caused it: with the recipient, it keeps one event from notifying one person twice.</summary>
    public Guid CausedBy { get; private set; }

    public static Notification For(string recipient, string kind, Guid subjectId, string facts, Guid causedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Recipient = recipient,
        Kind = kind,
        SubjectId = subjectId,
        Facts = facts,
        CausedBy = causedBy,
        CreatedAt = now,
    };

    /// <summary>Reading it again keeps the first time it was read.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
