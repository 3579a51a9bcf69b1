using Governance.Contracts.Volunteers;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Messaging;

namespace Governance.Events.Features.Staffing;

/// <summary>The volunteer service's current list of volunteers staffing one skill of an activity (it replaces the previous one).</summary>
public sealed class VolunteersAssignedConsumer(EventsDbContext db, ILogger<VolunteersAssignedConsumer> logger)
    : IntegrationEventConsumer<VolunteersAssigned, EventsDbContext>(db, logger)
{
    protected override void Validate(VolunteersAssigned message)
    {
        if (message.SourceKind == NeedSources.EventStaffing
            && (string.IsNullOrWhiteSpace(message.Skill) || message.Volunteers is null || message.Volunteers.Any(v => v is null || v.VolunteerId == Guid.Empty)))
        {
            throw new InvalidMessageException($"VolunteersAssigned {message.EventId} is malformed: it needs a skill and volunteers with ids.");
        }
    }

    protected override async Task HandleAsync(VolunteersAssigned message, CancellationToken cancellationToken)
    {
        if (message.SourceKind != NeedSources.EventStaffing)
        {
            return;
        }

        var activity = await StaffedActivity.FindAsync(Db, message.SourceId, message.EventId, cancellationToken);
        activity.StaffAssigned(message.Skill, [.. message.Volunteers.Select(v => (v.VolunteerId, v.Name))], message.OccurredAt);
    }
}

/// <summary>The volunteer service found fewer volunteers than an activity asked for, and says why.</summary>
public sealed class NeedUnmatchedConsumer(EventsDbContext db, ILogger<NeedUnmatchedConsumer> logger)
    : IntegrationEventConsumer<NeedUnmatched, EventsDbContext>(db, logger)
{
    protected override async Task HandleAsync(NeedUnmatched message, CancellationToken cancellationToken)
    {
        if (message.SourceKind != NeedSources.EventStaffing)
        {
            return;
        }

        var activity = await StaffedActivity.FindAsync(Db, message.SourceId, message.EventId, cancellationToken);
        activity.StaffUnmatched(message.Skill, message.Reason, message.OccurredAt);
    }
}

internal static class StaffedActivity
{
    /// <summary>
    /// The activity of the event's district, locked like an HTTP command would lock it (the consumer
    /// runs in a transaction), so a staff check-in never races the replacement of the staff list.
    /// An answer about an activity the district does not have can never apply.
    /// </summary>
    public static async Task<Activity> FindAsync(EventsDbContext db, Guid activityId, Guid eventId, CancellationToken cancellationToken) =>
        await ActivityCommand.LockAsync(db, activityId, cancellationToken)
        ?? throw new InvalidMessageException($"Event {eventId} answers for activity {activityId}, which its district does not have.");
}
