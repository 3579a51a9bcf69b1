using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.Volunteering;
using Governance.Contracts.Volunteers;
using Governance.Places.Data;
using Governance.Places.Domain.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Staffing;

/// <summary>Shows on a place's volunteer request who the volunteer service assigned, or why not enough.</summary>
public sealed class PlaceShiftAnswers(TimeProvider clock) : VolunteerAnswers<PlacesDbContext>
{
    public override string SourceKind => VolunteerRequest.SourceKind;

    public override async Task<AnswerOutcome> AssignedAsync(PlacesDbContext db, VolunteersAssigned answer, CancellationToken cancellationToken)
    {
        var shift = await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken);
        return Settle(db, shift, shift.Assigned([.. answer.Volunteers.Select(v => new RequestedVolunteer(v.VolunteerId, v.Name))], answer.OccurredAt));
    }

    public override async Task<AnswerOutcome> UnmatchedAsync(PlacesDbContext db, NeedUnmatched answer, CancellationToken cancellationToken)
    {
        var shift = await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken);
        return Settle(db, shift, shift.Unmatched(answer.Reason, answer.OccurredAt));
    }

    /// <summary>Tells the volunteer service to release whoever it assigned to the request.</summary>
    internal static void AnnounceWithdrawal(PlacesDbContext db, VolunteerRequest shift, DateTimeOffset now) =>
        db.Raise(new VolunteerRequestWithdrawn(Guid.CreateVersion7(now), shift.District, now, VolunteerRequest.SourceKind, shift.Id), shift.Id);

    private static async Task<VolunteerRequest> FindAsync(PlacesDbContext db, Guid requestId, Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<VolunteerRequest>().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
        ?? throw new InvalidMessageException($"Event {eventId} answers volunteer request {requestId}, which its district does not have.");

    /// <summary>
    /// An answer after the withdrawal may come from the request overtaking the withdrawal on the way:
    /// the volunteer service then assigned people after releasing nothing. Announcing the withdrawal
    /// again releases them; a need released already is left as it is.
    /// </summary>
    private AnswerOutcome Settle(PlacesDbContext db, VolunteerRequest shift, AnswerOutcome outcome)
    {
        if (outcome == AnswerOutcome.Withdrawn)
        {
            AnnounceWithdrawal(db, shift, clock.GetUtcNow());
        }

        return outcome;
    }
}
