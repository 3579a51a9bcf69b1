using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Units;

public sealed record RenameUnitRequest(string? Name);

public sealed class RenameUnitValidator : AbstractValidator<RenameUnitRequest>
{
    public RenameUnitValidator() => RuleFor(r => r.Name).NotEmpty().MaximumLength(UnitRules.MaxNameLength);
}

public static class RenameUnit
{
    public static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> Handle(
        Guid id, RenameUnitRequest request, GridDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("change or search a district's territory");

        await using var transaction = await db.BeginTerritoryChangeAsync(district, cancellationToken);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return UnitProblems.NotFound(id);
        }

        unit.Rename(request.Name!, clock.GetUtcNow());
        db.Raise(UnitEvents.Updated(unit), unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
