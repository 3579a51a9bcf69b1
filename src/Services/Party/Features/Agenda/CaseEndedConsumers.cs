using Governance.Contracts;
using Governance.Contracts.Grid;
using Governance.Party.Data;
using Governance.Party.Domain.Agenda;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Agenda;

/// <summary>A resolved or closed case leaves every agenda it is on, and a later-arriving older escalation will not put it back.</summary>
public abstract class CaseEndedConsumer<TEvent>(PartyDbContext db, ILogger logger, string because)
    : IntegrationEventConsumer<TEvent, PartyDbContext>(db, logger)
    where TEvent : class, IIntegrationEvent
{
    protected abstract Guid CaseIdOf(TEvent message);

    protected override void Validate(TEvent message)
    {
        if (CaseIdOf(message) == Guid.Empty)
        {
            throw new InvalidMessageException($"{typeof(TEvent).Name} {message.EventId} names no case.");
        }
    }

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        var caseId = CaseIdOf(message);
        var outcome = await Db.Set<CaseOutcome>().FirstOrDefaultAsync(o => o.CaseId == caseId, cancellationToken);
        if (outcome is null)
        {
            outcome = CaseOutcome.Start(caseId, message.District);
            Db.Set<CaseOutcome>().Add(outcome);
        }

        outcome.Ended(message.OccurredAt);
        var open = await Db.Set<AgendaItem>()
            .Where(i => i.CaseId == caseId && i.Status == AgendaItemStatus.Open && i.EscalatedAt <= message.OccurredAt)
            .ToListAsync(cancellationToken);
        foreach (var item in open)
        {
            item.Close(because, message.OccurredAt);
        }
    }
}

public sealed class CaseResolvedConsumer(PartyDbContext db, ILogger<CaseResolvedConsumer> logger)
    : CaseEndedConsumer<CaseResolved>(db, logger, "resolved")
{
    protected override Guid CaseIdOf(CaseResolved message) => message.CaseId;
}

public sealed class CaseClosedConsumer(PartyDbContext db, ILogger<CaseClosedConsumer> logger)
    : CaseEndedConsumer<CaseClosed>(db, logger, "closed")
{
    protected override Guid CaseIdOf(CaseClosed message) => message.CaseId;
}
