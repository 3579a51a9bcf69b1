using MassTransit;

namespace Governance.Contracts.Grid;

// Levels are wire names (grid, community, street). Case events carry ids and facts only: never
// the reporter's name or phone, nor free text that could contain them.

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
    string? RequiredSkill) : IIntegrationEvent;

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
    bool Automatic) : IIntegrationEvent;

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
    Guid StreetId) : IIntegrationEvent;

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
    Guid? MergedInto) : IIntegrationEvent;
