using Governance.Contracts.Grid;
using Governance.Party.Data;
using Governance.Party.Domain.Groups;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Groups;

/// <summary>
/// Keeps the door visits made by 3+2 groups, so a group lists its visits. Visits without a group
/// (a grid worker alone) are not the party's business. A group id this district does not know is
/// still kept: the grid service does not check it, and the group may be listed later.
/// </summary>
public sealed partial class DoorVisitRecordedConsumer(PartyDbContext db, ILogger<DoorVisitRecordedConsumer> logger)
    : IntegrationEventConsumer<DoorVisitRecorded, PartyDbContext>(db, logger)
{
    protected override void Validate(DoorVisitRecorded message)
    {
        if (message.VisitId == Guid.Empty)
        {
            throw new InvalidMessageException($"DoorVisitRecorded {message.EventId} names no visit.");
        }
    }

    protected override async Task HandleAsync(DoorVisitRecorded message, CancellationToken cancellationToken)
    {
        if (message.GroupId is not { } groupId)
        {
            LogNoGroup(logger, message.VisitId, message.EventId);
            return;
        }

        // The visit id is the key: a second event naming a visit kept already leaves the first record as it is.
        if (await Db.Set<GroupVisit>().AnyAsync(v => v.VisitId == message.VisitId, cancellationToken))
        {
            LogKnown(logger, message.VisitId, message.EventId);
            return;
        }

        Db.Set<GroupVisit>().Add(new GroupVisit
        {
            VisitId = message.VisitId,
            District = message.District,
            GroupId = groupId,
            GridId = message.GridId,
            VisitedAt = message.VisitedAt,
            WishCount = message.WishCount,
        });
    }

    [LoggerMessage(LogLevel.Information, "Door visit {VisitId} was made without a 3+2 group; DoorVisitRecorded {EventId} is not the party's business")]
    private static partial void LogNoGroup(ILogger logger, Guid visitId, Guid eventId);

    [LoggerMessage(LogLevel.Information, "Door visit {VisitId} is kept already; DoorVisitRecorded {EventId} changes nothing")]
    private static partial void LogKnown(ILogger logger, Guid visitId, Guid eventId);
}
