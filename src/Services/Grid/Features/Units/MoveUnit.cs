using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Units;

public sealed record MoveUnitRequest(Guid? ParentId);

public sealed class MoveUnitValidator : AbstractValidator<MoveUnitRequest>
{
    public MoveUnitValidator() => RuleFor(r => r.ParentId).NotEmpty();
}

/// <summary>Moves a community, grid or building (with everything beneath it) under another parent of the right level.</summary>
public static class MoveUnit
{
    public static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> Handle(
        Guid id, MoveUnitRequest request, GridDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("change or search a district's territory");

        await using var transaction = await db.BeginTerritoryChangeAsync(district, cancellationToken);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return UnitProblems.NotFound(id);
        }

        var parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.ParentId, cancellationToken);
        if (parent is null)
        {
            return UnitProblems.Unprocessable($"parentId '{request.ParentId}' names no unit of your district.");
        }

        var previousParentId = unit.ParentId;
        if (unit.MoveTo(parent, clock.GetUtcNow()) is { } error)
        {
            return UnitProblems.Unprocessable(error);
        }

        if (unit is { Level: UnitLevel.Grid, Boundary: { } boundary }
            && await db.OverlappingSiblingGridAsync(unit.ParentId, boundary, unit.Id, cancellationToken) is { } sibling)
        {
            return UnitProblems.Overlaps(sibling);
        }

        await PlacementFollowsMoves.ApplyAsync(db, unit, parent, cancellationToken);
        db.Raise(UnitEvents.Moved(unit, previousParentId), unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
