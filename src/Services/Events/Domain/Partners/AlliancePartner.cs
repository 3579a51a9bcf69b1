using Governance.BuildingBlocks.Data;

namespace Governance.Events.Domain.Partners;

/// <summary>
/// This service's copy of a party alliance (党建联盟) formed in the party service, so an activity
/// can name its partner by alliance id. Keyed by the alliance id.
/// </summary>
public sealed class AlliancePartner : IDistrictOwned
{
    public const int MaxNameLength = 200;

    public Guid AllianceId { get; init; }

    public string District { get; set; } = "";

    public Guid CommunityUnitId { get; set; }

    public string PartnerName { get; set; } = "";

    public string PartnerKind { get; set; } = "";

    public DateOnly SignedOn { get; set; }

    public DateOnly EndsOn { get; set; }
}
