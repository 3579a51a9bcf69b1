using Governance.Contracts.Volunteers;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

/// <summary>Shows on a case the volunteers the volunteer service assigned to it; needs of other sources are not ours.</summary>
public sealed class VolunteersAssignedConsumer(GridDbContext db, ILogger<VolunteersAssignedConsumer> logger)
    : IntegrationEventConsumer<VolunteersAssigned, GridDbContext>(db, logger)
{
    protected override void Validate(VolunteersAssigned message)
    {
        if (message.SourceKind == NeedSources.GridCase
            && (string.IsNullOrWhiteSpace(message.Skill) || message.Volunteers is null || message.Volunteers.Any(v => v is null || v.VolunteerId == Guid.Empty)))
        {
            throw new InvalidMessageException($"VolunteersAssigned {message.EventId} is malformed: it needs a skill and volunteers with ids.");
        }
    }

    protected override async Task HandleAsync(VolunteersAssigned message, CancellationToken cancellationToken)
    {
        if (message.SourceKind != NeedSources.GridCase)
        {
            return;
        }

        var item = await AssistedCase.FindAsync(Db, message.SourceId, message.EventId, cancellationToken);
        item.VolunteersAssigned(message.Skill, message.Volunteers.Select(v => new AssignedVolunteerInfo(v.VolunteerId, v.Name)), message.OccurredAt);
    }
}

/// <summary>Shows on a case that no (or not enough) volunteers could be found, and why.</summary>
public sealed class NeedUnmatchedConsumer(GridDbContext db, ILogger<NeedUnmatchedConsumer> logger)
    : IntegrationEventConsumer<NeedUnmatched, GridDbContext>(db, logger)
{
    protected override async Task HandleAsync(NeedUnmatched message, CancellationToken cancellationToken)
    {
        if (message.SourceKind != NeedSources.GridCase)
        {
            return;
        }

        var item = await AssistedCase.FindAsync(Db, message.SourceId, message.EventId, cancellationToken);
        item.AssistanceUnmatched(message.Skill, message.Reason, message.OccurredAt);
    }
}

internal static class AssistedCase
{
    /// <summary>The case of the event's district; an answer about a case the district does not have can never apply.</summary>
    public static async Task<GridCase> FindAsync(GridDbContext db, Guid caseId, Guid eventId, CancellationToken cancellationToken) =>
        await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new InvalidMessageException($"Event {eventId} answers for case {caseId}, which its district does not have.");
}
