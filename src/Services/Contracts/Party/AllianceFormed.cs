using MassTransit;

namespace Governance.Contracts.Party;

/// <summary>
/// A community signed a party-building alliance (党建联盟) with a partner. The events service keeps a
/// copy so an activity can name the partner by <paramref name="AllianceId"/> instead of free text.
/// </summary>
/// <param name="PartnerKind">The partner's kind as the party service spells it on the wire (kebab-case).</param>
[MessageUrn("governance:party:alliance-formed:v1")]
public sealed record AllianceFormed(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid AllianceId,
    Guid CommunityUnitId,
    string PartnerName,
    string PartnerKind,
    DateOnly SignedOn,
    DateOnly EndsOn) : IIntegrationEvent;
