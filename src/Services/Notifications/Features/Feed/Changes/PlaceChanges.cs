using System.Text.Json.Nodes;
using Governance.Contracts.Places;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed.Changes;

public sealed class PlaceOpenedChange(NotificationsDbContext db, TimeProvider clock, ILogger<PlaceOpenedChange> logger)
    : FeedConsumer<PlaceOpened>(db, clock, logger)
{
    protected override async Task<Change?> ChangeOfAsync(PlaceOpened message, CancellationToken cancellationToken)
    {
        await RememberAsync(message.PlaceId, message.UnitId, cancellationToken);
        return new Change("place-opened", message.PlaceId, await LadderOfAsync(message, message.UnitId, cancellationToken), null,
            new JsonObject { ["placeId"] = message.PlaceId, ["kind"] = message.Kind, ["name"] = message.Name });
    }
}
