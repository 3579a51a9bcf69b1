using System.Text.Json.Nodes;
using Governance.Contracts.Events;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

/// <summary>Shows nothing itself: it tells the feed which unit an activity belongs to.</summary>
public sealed class StaffingRequestedPlacement(NotificationsDbContext db, TimeProvider clock, ILogger<StaffingRequestedPlacement> logger)
    : FeedConsumer<StaffingRequested>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(StaffingRequested message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.ActivityId, message.UnitId, cancellationToken);
        return null;
    }
}

public sealed class ActivityCancelledChange(NotificationsDbContext db, TimeProvider clock, ILogger<ActivityCancelledChange> logger)
    : FeedConsumer<ActivityCancelled>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(ActivityCancelled message, CancellationToken cancellationToken) =>
        new("activity-cancelled", message.ActivityId, await LadderOfSubjectAsync(message, message.ActivityId, cancellationToken), null,
            new JsonObject { ["activityId"] = message.ActivityId });
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
