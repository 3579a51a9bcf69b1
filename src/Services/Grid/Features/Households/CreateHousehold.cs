using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Domain.Territory;
using Governance.Grid.Features.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Households;

public sealed record CreateHouseholdRequest(Guid? BuildingId, string? DoorNumber, string? Address);

public sealed class CreateHouseholdValidator : AbstractValidator<CreateHouseholdRequest>
{
    public CreateHouseholdValidator()
    {
        RuleFor(r => r.BuildingId).NotEmpty();
        RuleFor(r => r.DoorNumber).NotEmpty().MaximumLength(Household.MaxDoorNumberLength);
        RuleFor(r => r.Address).MaximumLength(Household.MaxAddressLength);
    }
}

public static class CreateHousehold
{
    public static async Task<Results<Created<HouseholdResponse>, ProblemHttpResult>> Handle(
        CreateHouseholdRequest request, GridDbContext db, PersonalDataAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var buildingId = request.BuildingId!.Value;
        var building = await db.Units.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == buildingId && u.Level == UnitLevel.Building, cancellationToken);
        if (building?.ParentId is not { } gridId)
        {
            return ApiProblems.Unprocessable($"buildingId '{buildingId}' names no building of your district.");
        }

        if (await access.WorkRefusalAsync(building.District, gridId, "add households in it", cancellationToken) is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        var household = Household.Create(building.District, buildingId, gridId, request.DoorNumber!, request.Address, clock.GetUtcNow());
        db.Set<Household>().Add(household);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("Door number already used.",
                $"Building '{buildingId}' already has a household at door '{household.DoorNumber}'.");
        }

        // A new household has no residents, so there is no personal data to show or mask.
        return TypedResults.Created($"/api/grid/households/{household.Id}", HouseholdResponse.From(household, [], PersonalDataViewer.Nobody));
    }
}
