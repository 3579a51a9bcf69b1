using MassTransit;

namespace Governance.Contracts.Events;

/// <summary>
/// A published community activity needs <paramref name="Count"/> volunteers with <paramref name="Skill"/>
/// for its time window; the volunteer service answers with <c>VolunteersAssigned</c> or <c>NeedUnmatched</c>
/// (source kind <c>event-staffing</c>, source id = <paramref name="ActivityId"/>).
/// </summary>
[MessageUrn("governance:events:staffing-requested:v1")]
public sealed record StaffingRequested(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    string Title,
    Guid UnitId,
    string Skill,
    int Count,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt) : IIntegrationEvent;

/// <summary>
/// An activity was cancelled: the volunteers assigned to staff it are released, and the holders of
/// <paramref name="RegistrationIds"/> (registered or waitlisted) are to be told. Registrants' names
/// and phones stay in the events service.
/// </summary>
[MessageUrn("governance:events:activity-cancelled:v1")]
public sealed record ActivityCancelled(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    string? Reason,
    IReadOnlyList<Guid>? RegistrationIds = null) : IIntegrationEvent;

/// <summary>A volunteer who staffed an activity, with when they checked in and out (null when they did not).</summary>
public sealed record StaffAttendance(Guid VolunteerId, DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt);

/// <summary>
/// An activity was completed: its attendance and the volunteers who staffed it, so the volunteer
/// service credits the hours of those who checked in.
/// </summary>
[MessageUrn("governance:events:event-completed:v1")]
public sealed record EventCompleted(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    string Title,
    Guid UnitId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Attendance,
    IReadOnlyList<StaffAttendance> Staff) : IIntegrationEvent;
