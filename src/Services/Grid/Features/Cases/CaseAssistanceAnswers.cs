using Governance.Contracts.Volunteers;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.Volunteering;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

/// <summary>Shows on a case the volunteers the volunteer service assigned to it, or why nobody could be found.</summary>
public sealed class CaseAssistanceAnswers : VolunteerAnswers<GridDbContext>
{
    public override string SourceKind => NeedSources.GridCase;

    public override async Task<AnswerOutcome> AssignedAsync(GridDbContext db, VolunteersAssigned answer, CancellationToken cancellationToken) =>
        Outcome((await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken))
            .VolunteersAssigned(answer.Skill, answer.Volunteers.Select(v => new AssignedVolunteerInfo(v.VolunteerId, v.Name)), answer.OccurredAt));

    public override async Task<AnswerOutcome> UnmatchedAsync(GridDbContext db, NeedUnmatched answer, CancellationToken cancellationToken) =>
        Outcome((await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken)).AssistanceUnmatched(answer.Skill, answer.Reason, answer.OccurredAt));

    private static AnswerOutcome Outcome(bool applied) => applied ? AnswerOutcome.Applied : AnswerOutcome.Stale;

    /// <summary>The case of the event's district; an answer about a case the district does not have can never apply.</summary>
    private static async Task<GridCase> FindAsync(GridDbContext db, Guid caseId, Guid eventId, CancellationToken cancellationToken) =>
        await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new InvalidMessageException($"Event {eventId} answers for case {caseId}, which its district does not have.");
}
