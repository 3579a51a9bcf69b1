using System.Text.Json.Nodes;
using Governance.Contracts.Events;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

public sealed class ActivityPublishedChange(NotificationsDbContext db, TimeProvider clock, ILogger<ActivityPublishedChange> logger)
    : FeedConsumer<ActivityPublished>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(ActivityPublished message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.ActivityId, message.UnitId, cancellationToken);
        return new Change("activity-published", message.ActivityId, await LadderOfAsync(message, message.UnitId, cancellationToken), null, new JsonObject
        {
            ["activityId"] = message.ActivityId, ["title"] = message.Title, ["kind"] = message.Kind,
            ["startsAt"] = message.StartsAt, ["endsAt"] = message.EndsAt, ["capacity"] = message.Capacity,
        });
    }
}

/// <summary>Shows nothing itself: it tells the feed which unit an activity belongs to (for activities published before ActivityPublished existed).</summary>
public sealed class StaffingRequestedPlacement(NotificationsDbContext db, TimeProvider clock, ILogger<StaffingRequestedPlacement> logger)
    : FeedConsumer<StaffingRequested>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(StaffingRequested message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.ActivityId, message.UnitId, cancellationToken);
        return null;
    }
}

public sealed class RegistrationCountsChange(NotificationsDbContext db, TimeProvider clock, ILogger<RegistrationCountsChange> logger)
    : FeedConsumer<RegistrationCountsChanged>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(RegistrationCountsChanged message, CancellationToken cancellationToken) =>
        new("registration-counts-changed", message.ActivityId, await LadderOfAsync(message, message.UnitId, cancellationToken), null, new JsonObject
        {
            ["activityId"] = message.ActivityId, ["capacity"] = message.Capacity, ["registered"] = message.Registered,
            ["waitlisted"] = message.Waitlisted, ["checkedIn"] = message.CheckedIn, ["walkIns"] = message.WalkIns,
        });
}

/// <summary>Personal only: the registrant hears they have a place; the counts travel in their own event.</summary>
public sealed class RegistrationPromotedNotice(NotificationsDbContext db, TimeProvider clock, ILogger<RegistrationPromotedNotice> logger)
    : FeedConsumer<RegistrationPromoted>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(RegistrationPromoted message, CancellationToken cancellationToken)
    {
        await NotifyAsync(message, [message.Account], "registration-promoted", message.RegistrationId,
            new JsonObject { ["activityId"] = message.ActivityId, ["registrationId"] = message.RegistrationId },
            await LadderOfSubjectAsync(message, message.ActivityId, cancellationToken), cancellationToken);
        return null;
    }
}

public sealed class ActivityCancelledChange(NotificationsDbContext db, TimeProvider clock, ILogger<ActivityCancelledChange> logger)
    : FeedConsumer<ActivityCancelled>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(ActivityCancelled message, CancellationToken cancellationToken)
    {
        var where = await LadderOfSubjectAsync(message, message.ActivityId, cancellationToken);
        var facts = new JsonObject { ["activityId"] = message.ActivityId };
        // Sent again without accounts when a late staffing answer reaches the cancelled activity: nobody is told twice.
        await NotifyAsync(message, message.Accounts ?? [], "activity-cancelled", message.ActivityId, facts, where, cancellationToken);
        return new Change("activity-cancelled", message.ActivityId, where, null, facts);
    }
}

public sealed class ActivityCompletedChange(NotificationsDbContext db, TimeProvider clock, ILogger<ActivityCompletedChange> logger)
    : FeedConsumer<EventCompleted>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(EventCompleted message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.ActivityId, message.UnitId, cancellationToken);
        return new Change("activity-completed", message.ActivityId, await LadderOfAsync(message, message.UnitId, cancellationToken), null, new JsonObject
        {
            ["activityId"] = message.ActivityId, ["startsAt"] = message.StartsAt, ["endsAt"] = message.EndsAt, ["attendance"] = message.Attendance,
        });
    }
}
