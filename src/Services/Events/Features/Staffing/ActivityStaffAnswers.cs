using Governance.Contracts.Events;
using Governance.Contracts.Volunteers;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Domain;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.Volunteering;

namespace Governance.Events.Features.Staffing;

/// <summary>
/// Shows on an activity the volunteers staffing each skill (the volunteer service's current list
/// replaces the previous one), or why not enough could be found.
/// </summary>
public sealed class ActivityStaffAnswers(TimeProvider clock) : VolunteerAnswers<EventsDbContext>
{
    public override string SourceKind => NeedSources.EventStaffing;

    public override async Task<AnswerOutcome> AssignedAsync(EventsDbContext db, VolunteersAssigned answer, CancellationToken cancellationToken)
    {
        var activity = await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken);
        return Settle(db, activity, answer.EventId,
            activity.StaffAssigned(answer.Skill, [.. answer.Volunteers.Select(v => (v.VolunteerId, v.Name))], answer.OccurredAt));
    }

    public override async Task<AnswerOutcome> UnmatchedAsync(EventsDbContext db, NeedUnmatched answer, CancellationToken cancellationToken)
    {
        var activity = await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken);
        return Settle(db, activity, answer.EventId, activity.StaffUnmatched(answer.Skill, answer.Reason, answer.OccurredAt));
    }

    /// <summary>
    /// The activity of the event's district, locked like an HTTP command would lock it (the consumer
    /// runs in a transaction), so a staff check-in never races the replacement of the staff list.
    /// An answer about an activity the district does not have can never apply.
    /// </summary>
    private static async Task<Activity> FindAsync(EventsDbContext db, Guid activityId, Guid eventId, CancellationToken cancellationToken) =>
        await db.LockAsync<Activity>(activityId, cancellationToken)
        ?? throw new InvalidMessageException($"Event {eventId} answers for activity {activityId}, which its district does not have.");

    /// <summary>
    /// An answer for a skill the activity never asked for can never apply. One that arrives after the
    /// cancellation may come from a staffing request that overtook it (they travel on separate queues):
    /// the volunteer service then made the need after releasing the activity's needs, and whoever it
    /// booked stays booked. Announcing the cancellation again releases them; a need cancelled already
    /// is left as it is, and nobody is told about registrations a second time.
    /// </summary>
    private AnswerOutcome Settle(EventsDbContext db, Activity activity, Guid eventId, DomainResult<AnswerOutcome> answered)
    {
        if (answered.Error is { } error)
        {
            throw new InvalidMessageException($"Event {eventId} cannot apply: {error.Detail}");
        }

        if (answered.Value == AnswerOutcome.Withdrawn)
        {
            var now = clock.Now();
            db.Raise(new ActivityCancelled(Guid.CreateVersion7(now), activity.District, now, activity.Id, activity.CancelReason, [], []), activity.Id);
        }

        return answered.Value;
    }
}
