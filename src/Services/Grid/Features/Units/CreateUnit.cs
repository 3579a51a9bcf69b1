using FluentValidation;
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
        CreateUnitRequest request, GridDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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

        var (unit, error) = TerritorialUnit.Create(request.Level!.Value, parent, request.Name!, request.Code, clock.GetUtcNow());
        if (unit is null)
        {
            return UnitProblems.Unprocessable(error!);
        }

        db.Units.Add(unit);
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
