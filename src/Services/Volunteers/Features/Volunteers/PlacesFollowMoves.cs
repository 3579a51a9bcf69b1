using System.Linq.Expressions;
using Governance.Contracts.Grid;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>
/// Keeps the street, community and grid stored with volunteers and needs right when the grid service
/// moves a community to another street, a grid to another community or a building to another grid
/// (streets never move). Volunteers live in a community or grid, so a building takes only the needs
/// raised at it along. A community's move names its new street, so it does not depend on the
/// <c>known_units</c> copy; for a grid or a building the ladder above the new parent is read from it.
/// </summary>
public sealed class PlacesFollowMovesConsumer(VolunteersDbContext db, ILogger<PlacesFollowMovesConsumer> logger)
    : IntegrationEventConsumer<GridUnitMoved, VolunteersDbContext>(db, logger)
{
    protected override void Validate(GridUnitMoved message)
    {
        if (message.UnitId == Guid.Empty || message.ParentId is null || message.Level is not ("community" or "grid" or "building"))
        {
            throw new InvalidMessageException(
                $"GridUnitMoved {message.EventId} is malformed: only a community, grid or building moves, and always under a new parent.");
        }
    }

    protected override async Task HandleAsync(GridUnitMoved message, CancellationToken cancellationToken)
    {
        var unitId = message.UnitId;
        var newParent = await NewParentPathAsync(message, message.ParentId!.Value, cancellationToken);

        Expression<Func<Volunteer, bool>>? livingThere = message.Level switch
        {
            "community" => v => v.CommunityId == unitId,
            "grid" => v => v.GridId == unitId,
            _ => null,
        };
        if (livingThere is not null)
        {
            foreach (var volunteer in await Db.Set<Volunteer>().Where(livingThere).ToListAsync(cancellationToken))
            {
                volunteer.MoveHome(volunteer.HomeUnitId, volunteer.Home.MovedUnder(message.Level, newParent));
            }
        }

        Expression<Func<Need, bool>> raisedThere = message.Level switch
        {
            "community" => n => n.CommunityId == unitId,
            "grid" => n => n.GridId == unitId,
            _ => n => n.UnitId == unitId,
        };
        var needs = await Db.Set<Need>().Where(n => n.Status != NeedStatus.Cancelled).Where(raisedThere).ToListAsync(cancellationToken);
        foreach (var need in needs)
        {
            need.Relocate(need.Place.MovedUnder(message.Level, newParent));
        }
    }

    /// <summary>The path of the unit's new parent: the street a community moved to, the community (and its street) a grid moved to, the grid (and the rungs above it) a building moved to.</summary>
    private async Task<UnitPath> NewParentPathAsync(GridUnitMoved message, Guid parentId, CancellationToken cancellationToken)
    {
        switch (message.Level)
        {
            case "community":
                return new UnitPath(parentId, null, null);
            case "grid":
                return new UnitPath(await ParentOfAsync(message, parentId, cancellationToken), parentId, null);
            default:
                var community = await ParentOfAsync(message, parentId, cancellationToken);
                return new UnitPath(await ParentOfAsync(message, community, cancellationToken), community, parentId);
        }
    }

    /// <summary>The parent of <paramref name="unitId"/> in the copy of the territory; its unit event travels on another queue and may not be here yet: failing retries later.</summary>
    private async Task<Guid> ParentOfAsync(GridUnitMoved message, Guid unitId, CancellationToken cancellationToken) =>
        await Db.Set<KnownUnit>().AsNoTracking().Where(u => u.Id == unitId).Select(u => u.ParentId).FirstOrDefaultAsync(cancellationToken)
        ?? throw new InvalidOperationException(
            $"GridUnitMoved {message.EventId} moves {message.Level} {message.UnitId} under unit {message.ParentId}; unit {unitId} on the way up is not known here yet.");
}
