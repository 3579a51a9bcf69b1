using MassTransit;

namespace Governance.Contracts.Grid;

// Levels are wire names (grid, community, street). Case events carry ids and facts only: never
// the reporter's name or phone, nor free text that could contain them.
//
// Every case event carries the case's unit ladder (GridId, CommunityId, StreetId), its SLA band at
// that moment (Band: green, amber or red, as the case API shows it; null once resolved or closed,
// when no clock runs) and ReporterAccount: the token subject (sub) of whoever reported the case, an
// opaque account id; null for reports without an account (Open311) and cases reported before it was
// kept. On the four original events these are optional trailing members (null in older messages).

/// <summary>A resident problem was reported; it is handled at grid level until <paramref name="DueAt"/>.</summary>
[MessageUrn("governance:grid:case-reported:v1")]
public sealed record CaseReported(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string Level,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    DateTimeOffset DueAt,
    string? RequiredSkill,
    string? Band = null,
    string? ReporterAccount = null) : IIntegrationEvent;

/// <summary>
/// A case climbed the ladder, by hand or because its deadline passed (<paramref name="Automatic"/>).
/// <paramref name="ResponsibleUnitId"/> is the community or street now answerable for it.
/// </summary>
[MessageUrn("governance:grid:case-escalated:v1")]
public sealed record CaseEscalated(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string FromLevel,
    string ToLevel,
    Guid ResponsibleUnitId,
    DateTimeOffset DueAt,
    bool Automatic,
    Guid? GridId = null,
    Guid? CommunityId = null,
    Guid? StreetId = null,
    string? Band = null,
    string? ReporterAccount = null) : IIntegrationEvent;

/// <summary>A case was solved at <paramref name="Level"/> (what "小事不出网格" counts).</summary>
[MessageUrn("governance:grid:case-resolved:v1")]
public sealed record CaseResolved(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string Level,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    string? Band = null,
    string? ReporterAccount = null) : IIntegrationEvent;

/// <summary>
/// A case was closed: after its resolution with the resident's <paramref name="Satisfaction"/> (1–5),
/// or as a duplicate merged into <paramref name="MergedInto"/> (then without satisfaction).
/// </summary>
[MessageUrn("governance:grid:case-closed:v1")]
public sealed record CaseClosed(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string Level,
    int? Satisfaction,
    Guid? MergedInto,
    Guid? GridId = null,
    Guid? CommunityId = null,
    Guid? StreetId = null,
    string? Band = null,
    string? ReporterAccount = null) : IIntegrationEvent;

/// <summary>A grid worker accepted a reported case at <paramref name="Level"/>; its deadline there stays <paramref name="DueAt"/>.</summary>
[MessageUrn("governance:grid:case-accepted:v1")]
public sealed record CaseAccepted(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string Level,
    Guid ResponsibleUnitId,
    DateTimeOffset DueAt,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    string? Band,
    string? ReporterAccount) : IIntegrationEvent;

/// <summary>
/// The street-level deadline <paramref name="DueAt"/> passed with the case unresolved: there is no
/// level above to climb to, so the SLA timer marks it overdue, once (lower levels escalate instead,
/// announced by <see cref="CaseEscalated"/> with <c>Automatic</c>). Its band is red from now on.
/// </summary>
[MessageUrn("governance:grid:case-overdue:v1")]
public sealed record CaseOverdue(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string Level,
    Guid ResponsibleUnitId,
    DateTimeOffset DueAt,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    string? Band,
    string? ReporterAccount) : IIntegrationEvent;

/// <summary>
/// A resolved or closed case was taken up again (by the case API's reopen, or a resident's Open311
/// update asking for it) at <paramref name="Level"/>, as reported, with the fresh deadline <paramref name="DueAt"/>.
/// The reason stays in the grid service (free text).
/// </summary>
[MessageUrn("governance:grid:case-reopened:v1")]
public sealed record CaseReopened(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Category,
    string Level,
    Guid ResponsibleUnitId,
    DateTimeOffset DueAt,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    string? Band,
    string? ReporterAccount) : IIntegrationEvent;
