using Governance.Contracts.Volunteers;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Visits;

/// <summary>
/// Shows on the visit record that the volunteer service fulfilled a wish. A wish id this district
/// does not know is a broken report (wishes exist here before their event leaves), so it goes to
/// the error queue for an operator rather than being dropped. A second report for a fulfilled wish
/// keeps the first.
/// </summary>
public sealed partial class MicroWishFulfilledConsumer(GridDbContext db, ILogger<MicroWishFulfilledConsumer> logger)
    : IntegrationEventConsumer<MicroWishFulfilled, GridDbContext>(db, logger)
{
    protected override void Validate(MicroWishFulfilled message)
    {
        if (message.WishId == Guid.Empty)
        {
            throw new InvalidMessageException($"MicroWishFulfilled {message.EventId} names no wish.");
        }
    }

    protected override async Task HandleAsync(MicroWishFulfilled message, CancellationToken cancellationToken)
    {
        var visit = await Db.Set<DoorVisit>().FirstOrDefaultAsync(v => v.Wishes.Any(w => w.Id == message.WishId), cancellationToken)
            ?? throw new InvalidMessageException(
                $"MicroWishFulfilled {message.EventId} names wish {message.WishId}, which district '{message.District}' does not have.");
        if (!visit.Wish(message.WishId)!.Fulfil(message.FulfilledAt, message.Note, message.FulfilledBy))
        {
            LogAlreadyFulfilled(logger, message.WishId, message.EventId);
        }
    }

    [LoggerMessage(LogLevel.Information, "Wish {WishId} was already fulfilled; report {EventId} changes nothing")]
    private static partial void LogAlreadyFulfilled(ILogger logger, Guid wishId, Guid eventId);
}
