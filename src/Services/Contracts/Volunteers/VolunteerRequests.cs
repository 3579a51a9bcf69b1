using MassTransit;

namespace Governance.Contracts.Volunteers;

/// <summary>
/// Any service asks the volunteer service for <paramref name="Count"/> volunteers with <paramref name="Skill"/>
/// at <paramref name="UnitId"/> from <paramref name="From"/> to <paramref name="To"/>. The answers,
/// <see cref="VolunteersAssigned"/> or <see cref="NeedUnmatched"/>, carry the same <paramref name="SourceKind"/>
/// and <paramref name="SourceId"/>, so the requester recognises its own. The source kind is the requester's
/// own kebab-case name for what asks (e.g. <c>place-shift</c>); a new domain picks one and the volunteer
/// service needs no change. <c>grid-case</c>, <c>event-staffing</c> and <c>manual</c> are taken.
/// </summary>
[MessageUrn("governance:volunteers:volunteers-requested:v1")]
public sealed record VolunteersRequested(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    string SourceKind,
    Guid SourceId,
    string Skill,
    int Count,
    Guid UnitId,
    DateTimeOffset From,
    DateTimeOffset To) : IIntegrationEvent;

/// <summary>
/// The requester no longer needs the volunteers it asked for with this source: the volunteer service
/// releases them. A requester that hears an answer after withdrawing announces the withdrawal again,
/// since a request may overtake its withdrawal on the way.
/// </summary>
[MessageUrn("governance:volunteers:volunteer-request-withdrawn:v1")]
public sealed record VolunteerRequestWithdrawn(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    string SourceKind,
    Guid SourceId) : IIntegrationEvent;
