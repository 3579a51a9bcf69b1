using MassTransit;

namespace Governance.Contracts.Party;

/// <summary>
/// A party member (or a party organisation) reported to the community where they live (双报到) and
/// offers services there. The volunteer service makes the member a <c>party-member</c> volunteer of
/// that community. No phone or ID number: the volunteer record asks for contact details itself.
/// </summary>
/// <param name="ServiceOffers">Skill codes of the volunteer skill tree, or free text.</param>
[MessageUrn("governance:party:double-report-registered:v1")]
public sealed record DoubleReportRegistered(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    Guid MemberId,
    string MemberName,
    string ReporterKind,
    Guid CommunityUnitId,
    IReadOnlyList<string> ServiceOffers) : IIntegrationEvent;
