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
/// <paramref name="RegistrationIds"/> (registered or waitlisted) are to be told. <paramref name="Accounts"/>
/// are the distinct accounts (token subjects) that made those registrations, registrations without one
/// left out. Registrants' names and phones stay in the events service.
/// </summary>
[MessageUrn("governance:events:activity-cancelled:v1")]
public sealed record ActivityCancelled(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    string? Reason,
    IReadOnlyList<Guid>? RegistrationIds = null,
    IReadOnlyList<string>? Accounts = null) : IIntegrationEvent;

/// <summary>
/// An activity was published: residents may register (from its registration opening, by default at
/// once). <paramref name="Kind"/> is the activity kind's wire name; <paramref name="UnitId"/> the
/// organising street, community or grid.
/// </summary>
[MessageUrn("governance:events:activity-published:v1")]
public sealed record ActivityPublished(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    string Title,
    string Kind,
    Guid UnitId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity) : IIntegrationEvent;

/// <summary>
/// The activity's counts changed (a registration, a cancellation with the promotions it caused, a
/// check-in or walk-ins): people, party sizes summed, as the activity API shows them. One event per
/// command, with the counts after it.
/// </summary>
[MessageUrn("governance:events:registration-counts-changed:v1")]
public sealed record RegistrationCountsChanged(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    Guid UnitId,
    int Capacity,
    int Registered,
    int Waitlisted,
    int CheckedIn,
    int WalkIns) : IIntegrationEvent;

/// <summary>
/// A waitlisted registration got a place because seats were freed. <paramref name="Account"/> is the
/// account (token subject) that registered, null when none was kept.
/// </summary>
[MessageUrn("governance:events:registration-promoted:v1")]
public sealed record RegistrationPromoted(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ActivityId,
    Guid RegistrationId,
    string? Account) : IIntegrationEvent;

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
