using Governance.BuildingBlocks.Data;
using NetTopologySuite.Geometries;

namespace Governance.Grid.Domain.Territory;

/// <summary>A street, community, grid or building of one district's territory.</summary>
public sealed class TerritorialUnit : IDistrictOwned
{
    private TerritorialUnit()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public UnitLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Code { get; private set; }

    /// <summary>WGS 84 polygon(s); every grid has one, the other levels may.</summary>
    public Geometry? Boundary { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Places a new unit on the ladder under <paramref name="parent"/>; fails when the ladder forbids it.</summary>
    public static (TerritorialUnit? Unit, string? Error) Create(
        UnitLevel level, TerritorialUnit? parent, string name, string code, Geometry? boundary, DateTimeOffset now)
    {
        var error = TerritorialLadder.PlacementError(level, parent?.Level);
        if (error is not null)
        {
            return (null, error);
        }

        if (level == UnitLevel.Grid && boundary is null)
        {
            return (null, "A grid needs a boundary: a GeoJSON Polygon or MultiPolygon.");
        }

        return (new TerritorialUnit
        {
            Id = Guid.CreateVersion7(now),
            Level = level,
            ParentId = parent?.Id,
            Name = name.Trim(),
            Code = code,
            Boundary = boundary,
            CreatedAt = now,
            UpdatedAt = now,
        }, null);
    }

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name.Trim();
        UpdatedAt = now;
    }

    /// <summary>
    /// Moves the unit (with everything beneath it) under another parent of the right level.
    /// Its code stays: codes are identifiers other systems keep, so they do not change on a move.
    /// </summary>
    public string? MoveTo(TerritorialUnit newParent, DateTimeOffset now)
    {
        var error = TerritorialLadder.PlacementError(Level, newParent.Level);
        if (error is not null)
        {
            return error;
        }

        if (newParent.Id == ParentId)
        {
            return $"The unit already sits under '{newParent.Name}'.";
        }

        ParentId = newParent.Id;
        UpdatedAt = now;
        return null;
    }
}
