using Governance.Contracts.Volunteers;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Messaging;
using Governance.ServiceDefaults.Volunteering;

namespace Governance.Events.Features.Staffing;

/// <summary>
/// Shows on an activity the volunteers staffing each skill (the volunteer service's current list
/// replaces the previous one), or why not enough could be found.
/// </summary>
public sealed class ActivityStaffAnswers : VolunteerAnswers<EventsDbContext>
{
    public override string SourceKind => NeedSources.EventStaffing;

    public override async Task AssignedAsync(EventsDbContext db, VolunteersAssigned answer, CancellationToken cancellationToken) =>
        (await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken))
            .StaffAssigned(answer.Skill, [.. answer.Volunteers.Select(v => (v.VolunteerId, v.Name))], answer.OccurredAt);

    public override async Task UnmatchedAsync(EventsDbContext db, NeedUnmatched answer, CancellationToken cancellationToken) =>
        (await FindAsync(db, answer.SourceId, answer.EventId, cancellationToken)).StaffUnmatched(answer.Skill, answer.Reason, answer.OccurredAt);

    /// <summary>
    /// The activity of the event's district, locked like an HTTP command would lock it (the consumer
    /// runs in a transaction), so a staff check-in never races the replacement of the staff list.
    /// An answer about an activity the district does not have can never apply.
    /// </summary>
    private static async Task<Activity> FindAsync(EventsDbContext db, Guid activityId, Guid eventId, CancellationToken cancellationToken) =>
        await ActivityCommand.LockAsync(db, activityId, cancellationToken)
        ?? throw new InvalidMessageException($"Event {eventId} answers for activity {activityId}, which its district does not have.");
}
