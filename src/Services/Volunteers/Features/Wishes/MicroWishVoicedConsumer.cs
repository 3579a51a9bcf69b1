using Governance.Contracts.Grid;
using Governance.ServiceDefaults.Http;
using Governance.BuildingBlocks.Messaging;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Wishes;

/// <summary>
/// Posts a wish voiced in a door visit under the grid's wish id, so the fulfilment can be reported
/// back under it. A wish already here (the grid republished it) is left as it is.
/// </summary>
public sealed partial class MicroWishVoicedConsumer(VolunteersDbContext db, ILogger<MicroWishVoicedConsumer> logger)
    : IntegrationEventConsumer<MicroWishVoiced, VolunteersDbContext>(db, logger)
{
    public const string Actor = "system:grid";

    protected override void Validate(MicroWishVoiced message)
    {
        if (message.WishId == Guid.Empty || message.VisitId == Guid.Empty || message.UnitId == Guid.Empty)
        {
            throw new InvalidMessageException($"MicroWishVoiced {message.EventId} lacks its wish, visit or unit id.");
        }

        if (string.IsNullOrWhiteSpace(message.Description) || !WireNames.TryParse<WishCategory>(message.Category, out _))
        {
            throw new InvalidMessageException(
                $"MicroWishVoiced {message.EventId} has no description or an unknown category '{message.Category}' (known: {WireNames.Names<WishCategory>()}).");
        }
    }

    protected override async Task HandleAsync(MicroWishVoiced message, CancellationToken cancellationToken)
    {
        if (await Db.Set<MicroWish>().IgnoreQueryFilters().AnyAsync(w => w.Id == message.WishId, cancellationToken))
        {
            LogKnown(logger, message.WishId, message.EventId);
            return;
        }

        var category = WireNames.TryParse<WishCategory>(message.Category, out var parsed) ? parsed : WishCategory.Other;
        var description = message.Description.Trim();
        var wish = MicroWish.FromVisit(
            message.WishId,
            message.VisitId,
            new NewWish(description.Length > MicroWish.MaxDescriptionLength ? description[..MicroWish.MaxDescriptionLength] : description,
                category, message.UnitId, message.GridId == Guid.Empty ? null : message.GridId, message.Deadline),
            Actor,
            message.OccurredAt);
        wish.District = message.District;
        Db.Add(wish);
    }

    [LoggerMessage(LogLevel.Information, "Wish {WishId} is already here; MicroWishVoiced {EventId} changes nothing")]
    private static partial void LogKnown(ILogger logger, Guid wishId, Guid eventId);
}
