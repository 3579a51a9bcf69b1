using Governance.Contracts.Grid;
using Governance.ServiceDefaults.ReferenceData;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>
/// Keeps the street and community stored with volunteers and needs right when the grid service moves
/// a grid to another community or a community to another street (streets never move). The event
/// names the new parent, so this does not depend on the <c>known_units</c> copy having seen it first.
/// </summary>
public sealed class PlacesFollowMovesConsumer(VolunteersDbContext db, ILogger<PlacesFollowMovesConsumer> logger)
    : ServiceDefaults.Messaging.IntegrationEventConsumer<GridUnitMoved, VolunteersDbContext>(db, logger)
{
    protected override async Task HandleAsync(GridUnitMoved message, CancellationToken cancellationToken)
    {
        if (message.ParentId is not { } parentId || message.Level is not ("grid" or "community"))
        {
            return;
        }

        var street = message.Level == "community"
            ? parentId
            : (await Db.Set<KnownUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken))?.ParentId
              ?? throw new InvalidOperationException($"GridUnitMoved {message.EventId} moves grid {message.UnitId} into community {parentId}, not known here yet.");
        UnitPath Moved(UnitPath path) => message.Level == "community"
            ? path with { StreetId = street }
            : path with { StreetId = street, CommunityId = parentId };

        var volunteers = await Db.Set<Volunteer>()
            .Where(v => message.Level == "grid" ? v.GridId == message.UnitId : v.CommunityId == message.UnitId)
            .ToListAsync(cancellationToken);
        foreach (var volunteer in volunteers)
        {
            volunteer.MoveHome(volunteer.HomeUnitId, Moved(volunteer.Home));
        }

        var needs = await Db.Set<Need>()
            .Where(n => n.Status != NeedStatus.Cancelled && (message.Level == "grid" ? n.GridId == message.UnitId : n.CommunityId == message.UnitId))
            .ToListAsync(cancellationToken);
        foreach (var need in needs)
        {
            need.Relocate(Moved(need.Place));
        }
    }
}
