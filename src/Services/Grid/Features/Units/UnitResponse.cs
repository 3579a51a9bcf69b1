using System.Text.Json;
using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Features.Units;

public sealed record UnitResponse(
    Guid Id, UnitLevel Level, Guid? ParentId, string Name, string? Code, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static UnitResponse From(TerritorialUnit unit) =>
        new(unit.Id, unit.Level, unit.ParentId, unit.Name, unit.Code, unit.CreatedAt, unit.UpdatedAt);
}

/// <summary>A unit with its GeoJSON boundary and its ancestors, nearest first (a grid's community, then its street).</summary>
public sealed record UnitDetailsResponse(
    Guid Id, UnitLevel Level, Guid? ParentId, string Name, string? Code, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    JsonElement? Boundary, IReadOnlyList<UnitResponse> Ancestors)
{
    public static UnitDetailsResponse From(TerritorialUnit unit, IReadOnlyList<TerritorialUnit> ancestors) =>
        new(unit.Id, unit.Level, unit.ParentId, unit.Name, unit.Code, unit.CreatedAt, unit.UpdatedAt,
            unit.Boundary is null ? null : JsonDocument.Parse(Domain.Territory.Boundary.ToGeoJson(unit.Boundary)).RootElement,
            ancestors.Select(UnitResponse.From).ToList());
}
