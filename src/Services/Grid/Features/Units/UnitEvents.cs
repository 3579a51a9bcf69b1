using Governance.Contracts.Grid;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Units;

/// <summary>The reference-data events other services keep their copy of the territory from.</summary>
internal static class UnitEvents
{
    public static GridUnitCreated Created(TerritorialUnit unit) =>
        new(Guid.CreateVersion7(unit.UpdatedAt), unit.District, unit.UpdatedAt, unit.Id, WireNames.Name(unit.Level), unit.ParentId, unit.Name, unit.Code,
            BoundaryOf(unit));

    public static GridUnitUpdated Updated(TerritorialUnit unit) =>
        new(Guid.CreateVersion7(unit.UpdatedAt), unit.District, unit.UpdatedAt, unit.Id, WireNames.Name(unit.Level), unit.ParentId, unit.Name, unit.Code,
            BoundaryOf(unit));

    public static GridUnitMoved Moved(TerritorialUnit unit, Guid? previousParentId) =>
        new(Guid.CreateVersion7(unit.UpdatedAt), unit.District, unit.UpdatedAt, unit.Id, WireNames.Name(unit.Level), unit.ParentId, unit.Name, unit.Code,
            previousParentId, BoundaryOf(unit));

    // Every event carries the whole state, boundary included, so a consumer applying only the latest one still holds it.
    private static string? BoundaryOf(TerritorialUnit unit) => unit.Boundary is null ? null : Boundary.ToGeoJson(unit.Boundary);
}
