using MassTransit;

namespace Governance.Contracts.Volunteers;

/// <summary>
/// A micro-wish was claimed by a volunteer (or a party member volunteering). <paramref name="VolunteerAccount"/>
/// is the account (token subject) linked to the volunteer, null when none is.
/// </summary>
[MessageUrn("governance:volunteers:micro-wish-claimed:v1")]
public sealed record MicroWishClaimed(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid WishId,
    Guid VolunteerId,
    string VolunteerName,
    string? VolunteerAccount = null) : IIntegrationEvent;

/// <summary>Approved service hours were credited to a volunteer (a check-out, a manual entry, or an event's completion).</summary>
[MessageUrn("governance:volunteers:hours-credited:v1")]
public sealed record HoursCredited(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid EntryId,
    Guid VolunteerId,
    decimal Hours,
    string Source,
    Guid? SourceId) : IIntegrationEvent;
