using Governance.Contracts.Party;
using Governance.Events.Data;
using Governance.Events.Domain.Partners;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Partners;

/// <summary>Keeps the copy of the district's party alliances that activities name as partners.</summary>
public sealed class AllianceFormedConsumer(EventsDbContext db, ILogger<AllianceFormedConsumer> logger)
    : IntegrationEventConsumer<AllianceFormed, EventsDbContext>(db, logger)
{
    protected override void Validate(AllianceFormed message)
    {
        if (message.AllianceId == Guid.Empty || string.IsNullOrWhiteSpace(message.PartnerName) || message.PartnerName.Length > AlliancePartner.MaxNameLength)
        {
            throw new InvalidMessageException(
                $"AllianceFormed {message.EventId} is malformed: it needs an alliance id and a partner name of at most {AlliancePartner.MaxNameLength} characters.");
        }
    }

    protected override async Task HandleAsync(AllianceFormed message, CancellationToken cancellationToken)
    {
        var partner = await Db.Set<AlliancePartner>().FirstOrDefaultAsync(a => a.AllianceId == message.AllianceId, cancellationToken);
        if (partner is null)
        {
            partner = new AlliancePartner { AllianceId = message.AllianceId, District = message.District };
            Db.Add(partner);
        }

        partner.CommunityUnitId = message.CommunityUnitId;
        partner.PartnerName = message.PartnerName.Trim();
        partner.PartnerKind = message.PartnerKind;
        partner.SignedOn = message.SignedOn;
        partner.EndsOn = message.EndsOn;
    }
}
