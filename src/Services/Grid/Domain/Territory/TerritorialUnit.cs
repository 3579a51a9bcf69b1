using Governance.ServiceDefaults.Districts;

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

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Places a new unit on the ladder under <paramref name="parent"/>; fails when the ladder forbids it.</summary>
    public static (TerritorialUnit? Unit, string? Error) Create(UnitLevel level, TerritorialUnit? parent, string name, string? code, DateTimeOffset now)
    {
        var error = TerritorialLadder.PlacementError(level, parent?.Level);
        if (error is not null)
        {
            return (null, error);
        }

        return (new TerritorialUnit
        {
            Id = Guid.CreateVersion7(now),
            Level = level,
            ParentId = parent?.Id,
            Name = name.Trim(),
            Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim(),
            CreatedAt = now,
        }, null);
    }
}
