using Governance.BuildingBlocks.Data;

namespace Governance.Grid.Domain.People;

/// <summary>A household (户) living behind one door of a building; the building's grid is kept so grid filters need no join.</summary>
public sealed class Household : IDistrictOwned
{
    public const int MaxDoorNumberLength = 32;
    public const int MaxAddressLength = 300;

    private Household()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid BuildingId { get; private set; }

    public Guid GridId { get; private set; }

    public string DoorNumber { get; private set; } = "";

    public string? Address { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A household of the building's district, whoever records it, so a city-level caller cannot mix districts.</summary>
    public static Household Create(string district, Guid buildingId, Guid gridId, string doorNumber, string? address, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        District = district,
        BuildingId = buildingId,
        GridId = gridId,
        DoorNumber = doorNumber.Trim(),
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim(),
        CreatedAt = now,
    };
}
