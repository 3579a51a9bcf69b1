using FluentValidation;
using Governance.Contracts.Grid;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Grid.Features.Units;

public sealed record CreateUnitRequest(UnitLevel? Level, Guid? ParentId, string? Name, string? Code);

public sealed class CreateUnitValidator : AbstractValidator<CreateUnitRequest>
{
    public CreateUnitValidator()
    {
        RuleFor(r => r.Level).NotNull();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(UnitRules.MaxNameLength);
        RuleFor(r => r.Code).MaximumLength(UnitRules.MaxCodeLength).Matches("^[0-9A-Za-z-]+$").When(r => r.Code is not null);
    }
}

public static class CreateUnit
{
    public static async Task<Results<Created<UnitResponse>, ProblemHttpResult>> Handle(
        CreateUnitRequest request, GridDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        TerritorialUnit? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return UnitProblems.Unprocessable($"parentId '{parentId}' names no unit of your district.");
            }
        }

        if (districts.Caller.District is not { } district)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "District access denied.",
                detail: "The caller's token names no district, so it cannot create district data.");
        }

        var (unit, error) = TerritorialUnit.Create(request.Level!.Value, parent, request.Name!, request.Code, clock.GetUtcNow());
        if (unit is null)
        {
            return UnitProblems.Unprocessable(error!);
        }

        db.Units.Add(unit);
        db.Raise(new GridUnitCreated(
            Guid.CreateVersion7(unit.CreatedAt), district, unit.CreatedAt,
            unit.Id, WireNames.Name(unit.Level), unit.ParentId, unit.Name, unit.Code), unit.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Unit code already used.",
                detail: $"Code '{unit.Code}' is already used by another unit of your district.");
        }

        return TypedResults.Created($"/api/grid/units/{unit.Id}", UnitResponse.From(unit));
    }
}
