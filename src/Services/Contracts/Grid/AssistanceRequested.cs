using MassTransit;

namespace Governance.Contracts.Grid;

/// <summary>
/// A case needs volunteers with <paramref name="Skill"/> before <paramref name="DueAt"/>. The volunteer
/// service answers with <c>VolunteersAssigned</c> or <c>NeedUnmatched</c> (source kind <c>grid-case</c>,
/// source id the case id).
/// </summary>
[MessageUrn("governance:grid:assistance-requested:v1")]
public sealed record AssistanceRequested(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Skill,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    DateTimeOffset DueAt) : IIntegrationEvent;
