using Governance.BuildingBlocks.Data;

namespace Governance.Grid.Domain.People;

/// <summary>Special groups (特殊人群) that volunteers and grid workers pay particular attention to.</summary>
public enum SpecialGroup
{
    ElderlyLivingAlone,
    Elderly,
    Disabled,
    Minor,
    LeftBehindChild,
    LowIncome,
    Veteran,
    Other,
}

/// <summary>
/// A member of a household. <see cref="IdNumber"/> and <see cref="Phone"/> are personal data:
/// shown through <see cref="PersonalDataViewer"/> only, never logged, never put in events.
/// </summary>
public sealed class Resident : IDistrictOwned
{
    public const int MaxNameLength = 100;

    private Resident()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid HouseholdId { get; private set; }

    public Guid BuildingId { get; private set; }

    public Guid GridId { get; private set; }

    public string Name { get; private set; } = "";

    public string? IdNumber { get; private set; }

    public string? Phone { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public List<SpecialGroup> SpecialGroups { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static Resident Create(
        Household household, string name, string? idNumber, string? phone, DateOnly? birthDate,
        IEnumerable<SpecialGroup> specialGroups, DateTimeOffset now)
    {
        var resident = new Resident
        {
            Id = Guid.CreateVersion7(now),
            District = household.District,
            HouseholdId = household.Id,
            BuildingId = household.BuildingId,
            GridId = household.GridId,
            Name = name.Trim(),
            IdNumber = string.IsNullOrWhiteSpace(idNumber) ? null : idNumber.Trim().ToUpperInvariant(),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
            BirthDate = birthDate,
            CreatedAt = now,
        };
        resident.Tag(specialGroups);
        return resident;
    }

    /// <summary>Replaces the special-group tags; each group counts once, in a stable order.</summary>
    public void Tag(IEnumerable<SpecialGroup> specialGroups) =>
        SpecialGroups = specialGroups.Distinct().Order().ToList();
}
