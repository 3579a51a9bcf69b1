using System.Text.Json;
using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Units;

/// <param name="Boundary">A GeoJSON Polygon or MultiPolygon; required for a grid.</param>
[RequestExample("""
    {"level": "grid", "parentId": "0193a2c4-7b1e-7c3d-9f10-2b4c6d8e0a12", "name": "Xuefeng Grid 1", "code": null,
     "boundary": {"type": "Polygon", "coordinates": [[[118.17, 39.63], [118.18, 39.63], [118.18, 39.64], [118.17, 39.64], [118.17, 39.63]]]}}
    """)]
public sealed record CreateUnitRequest(UnitLevel? Level, Guid? ParentId, string? Name, string? Code, JsonElement? Boundary);

public sealed class CreateUnitValidator : AbstractValidator<CreateUnitRequest>
{
    public CreateUnitValidator()
    {
        RuleFor(r => r.Level).NotNull();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(UnitRules.MaxNameLength);
        RuleFor(r => r.Code).MaximumLength(UnitRules.MaxCodeLength).Matches(UnitRules.CodePattern).When(r => r.Code is not null);
        RuleFor(r => r.Boundary).Custom((boundary, context) =>
        {
            if (boundary is { ValueKind: not JsonValueKind.Null } geoJson && Boundary.Read(geoJson).Error is { } error)
            {
                context.AddFailure("boundary", error);
            }
        });
    }
}

public static class CreateUnit
{
    public static async Task<Results<Created<UnitResponse>, ProblemHttpResult>> Handle(
        CreateUnitRequest request, GridDbContext db, IDistrictContext districts, IOptions<TerritoryOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("change or search a district's territory");

        var boundary = request.Boundary is { ValueKind: not JsonValueKind.Null } geoJson ? Boundary.Read(geoJson).Boundary : null;
        await using var transaction = await db.BeginTerritoryChangeAsync(district, cancellationToken);

        TerritorialUnit? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return UnitProblems.Unprocessable($"parentId '{parentId}' names no unit of your district.");
            }
        }

        var level = request.Level!.Value;
        var code = request.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            var siblingCodes = await db.Units.Where(u => u.ParentId == request.ParentId && u.Level == level).Select(u => u.Code).ToListAsync(cancellationToken);
            (code, var codeError) = UnitCode.Next(parent?.Code ?? options.Value.AdministrativeCodeOf(district), siblingCodes);
            if (code is null)
            {
                return UnitProblems.Unprocessable(codeError!);
            }
        }

        var (unit, error) = TerritorialUnit.Create(level, parent, request.Name!, code, boundary, clock.GetUtcNow());
        if (unit is null)
        {
            return UnitProblems.Unprocessable(error!);
        }

        if (unit.Level == UnitLevel.Grid
            && await db.OverlappingSiblingGridAsync(unit.ParentId, unit.Boundary!, unit.Id, cancellationToken) is { } sibling)
        {
            return UnitProblems.Overlaps(sibling);
        }

        db.Units.Add(unit);
        unit.District = district;
        db.Raise(UnitEvents.Created(unit), unit.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return UnitProblems.CodeTaken(unit.Code);
        }

        return TypedResults.Created($"/api/grid/units/{unit.Id}", UnitResponse.From(unit));
    }
}
