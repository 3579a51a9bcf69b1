using Governance.Grid.Domain.People;

namespace Governance.Grid.Features.Households;

/// <summary>A resident; <see cref="IdNumber"/> and <see cref="Phone"/> are masked unless the caller may see them for the resident's grid.</summary>
public sealed record ResidentResponse(
    Guid Id, Guid HouseholdId, Guid BuildingId, Guid GridId, string Name, string? IdNumber, string? Phone,
    DateOnly? BirthDate, IReadOnlyList<SpecialGroup> SpecialGroups, DateTimeOffset CreatedAt)
{
    public static ResidentResponse From(Resident resident, PersonalDataViewer viewer) => new(
        resident.Id, resident.HouseholdId, resident.BuildingId, resident.GridId, resident.Name,
        viewer.IdNumber(resident.IdNumber, resident.District, resident.GridId),
        viewer.Phone(resident.Phone, resident.District, resident.GridId),
        resident.BirthDate, resident.SpecialGroups, resident.CreatedAt);
}

public sealed record HouseholdResponse(
    Guid Id, Guid BuildingId, Guid GridId, string DoorNumber, string? Address, DateTimeOffset CreatedAt,
    IReadOnlyList<ResidentResponse> Residents)
{
    public static HouseholdResponse From(Household household, IEnumerable<Resident> residents, PersonalDataViewer viewer) => new(
        household.Id, household.BuildingId, household.GridId, household.DoorNumber, household.Address, household.CreatedAt,
        residents.Select(r => ResidentResponse.From(r, viewer)).ToList());
}
