using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Governance.Contracts.Grid;
using Governance.Places.Data;
using Governance.Places.Domain.Places;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features;

/// <summary>
/// Keeps each unit's boundary from the grid's unit events beside the shared <see cref="KnownUnit"/>,
/// in the same transaction, so a unit is never known here without the boundary it came with.
/// </summary>
internal sealed class UnitBoundaryKeeper : IKnownUnitExtension<PlacesDbContext>
{
    public async Task ApplyAsync(PlacesDbContext db, IGridUnitState state, CancellationToken cancellationToken)
    {
        if (state.Boundary is { } geoJson && UnitBoundary.Read(geoJson) is null)
        {
            throw new InvalidMessageException($"{state.GetType().Name} {state.EventId} is malformed: the boundary of unit {state.UnitId} is no GeoJSON Polygon or MultiPolygon.");
        }

        var kept = await db.UnitBoundaries.FirstOrDefaultAsync(b => b.UnitId == state.UnitId, cancellationToken);
        if (kept is null)
        {
            kept = UnitBoundary.For(state.UnitId, state.District);
            db.UnitBoundaries.Add(kept);
        }

        kept.Apply(state.Boundary, state.OccurredAt);
    }
}
