using System.Text.Json.Nodes;
using Governance.Contracts.Grid;
using Governance.Contracts.Volunteers;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

// A wish's description is the resident's own words and may name them: the feed shows its category only.

public sealed class WishVoicedChange(NotificationsDbContext db, TimeProvider clock, ILogger<WishVoicedChange> logger)
    : FeedConsumer<MicroWishVoiced>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(MicroWishVoiced message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.WishId, message.UnitId, cancellationToken);
        var where = (await LadderOfAsync(message, message.UnitId, cancellationToken)).Or(new UnitLadder(message.UnitId, message.GridId, null, null));
        return new Change("wish-voiced", message.WishId, where, null,
            new JsonObject { ["wishId"] = message.WishId, ["category"] = message.Category, ["deadline"] = message.Deadline });
    }
}

public sealed class WishClaimedChange(NotificationsDbContext db, TimeProvider clock, ILogger<WishClaimedChange> logger)
    : FeedConsumer<MicroWishClaimed>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(MicroWishClaimed message, CancellationToken cancellationToken) =>
        new("wish-claimed", message.WishId, await LadderOfSubjectAsync(message, message.WishId, cancellationToken), null,
            new JsonObject { ["wishId"] = message.WishId, ["volunteerId"] = message.VolunteerId });
}

public sealed class WishFulfilledChange(NotificationsDbContext db, TimeProvider clock, ILogger<WishFulfilledChange> logger)
    : FeedConsumer<MicroWishFulfilled>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(MicroWishFulfilled message, CancellationToken cancellationToken) =>
        new("wish-fulfilled", message.WishId, await LadderOfSubjectAsync(message, message.WishId, cancellationToken), null,
            new JsonObject { ["wishId"] = message.WishId, ["fulfilledAt"] = message.FulfilledAt });
}
