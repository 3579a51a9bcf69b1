using Governance.Contracts.Grid;
using Governance.Party.Data;
using Governance.Party.Domain.Agenda;
using Governance.Party.Domain.Organizations;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Agenda;

/// <summary>
/// Puts a case that climbed to community or street level on that unit's committee agenda (or
/// keeps it unassigned until the committee is created). The item it had one level below leaves
/// the lower agenda.
/// </summary>
public sealed partial class CaseEscalatedConsumer(PartyDbContext db, ILogger<CaseEscalatedConsumer> logger)
    : IntegrationEventConsumer<CaseEscalated, PartyDbContext>(db, logger)
{
    protected override void Validate(CaseEscalated message)
    {
        if (message.CaseId == Guid.Empty || message.ResponsibleUnitId == Guid.Empty || AgendaRouting.CommitteeFor(message.ToLevel) is null)
        {
            throw new InvalidMessageException(
                $"CaseEscalated {message.EventId} is malformed: it needs a case, a responsible unit and a level of community or street.");
        }
    }

    protected override async Task HandleAsync(CaseEscalated message, CancellationToken cancellationToken)
    {
        var outcome = await Db.Set<CaseOutcome>().FirstOrDefaultAsync(o => o.CaseId == message.CaseId, cancellationToken);
        var items = await Db.Set<AgendaItem>().Where(i => i.CaseId == message.CaseId).ToListAsync(cancellationToken);
        if (outcome?.Overtakes(message.OccurredAt) == true || items.Any(i => i.EscalatedAt > message.OccurredAt))
        {
            // The case events travel on separate queues: this escalation arrived after the case ended or
            // climbed further, and putting it on an agenda now would show a case where it no longer is.
            LogOvertaken(logger, message.CaseId, message.OccurredAt, message.EventId);
            return;
        }

        foreach (var lower in items)
        {
            lower.Close("escalated", message.OccurredAt);
        }

        var committeeLevel = AgendaRouting.CommitteeFor(message.ToLevel)!.Value;
        var committee = await Db.Set<PartyOrganization>()
            .Where(o => o.UnitId == message.ResponsibleUnitId && o.Level == committeeLevel && !o.Mobile)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var item = AgendaItem.Open(message.EventId, message.CaseId, message.Category, message.ToLevel, message.ResponsibleUnitId, committee,
            message.OccurredAt, message.DueAt, message.Automatic);
        item.District = message.District;
        Db.Set<AgendaItem>().Add(item);
    }

    [LoggerMessage(LogLevel.Information, "Case {CaseId} ended or escalated again after its escalation at {EscalatedAt}; CaseEscalated {EventId} changes no agenda")]
    private static partial void LogOvertaken(ILogger logger, Guid caseId, DateTimeOffset escalatedAt, Guid eventId);
}
