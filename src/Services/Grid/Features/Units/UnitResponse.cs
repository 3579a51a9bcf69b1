using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Features.Units;

public sealed record UnitResponse(Guid Id, UnitLevel Level, Guid? ParentId, string Name, string? Code, DateTimeOffset CreatedAt)
{
    public static UnitResponse From(TerritorialUnit unit) =>
        new(unit.Id, unit.Level, unit.ParentId, unit.Name, unit.Code, unit.CreatedAt);
}

/// <summary>A unit with its ancestors, nearest first (a grid's community, then its street).</summary>
public sealed record UnitDetailsResponse(
    Guid Id, UnitLevel Level, Guid? ParentId, string Name, string? Code, DateTimeOffset CreatedAt, IReadOnlyList<UnitResponse> Ancestors);
