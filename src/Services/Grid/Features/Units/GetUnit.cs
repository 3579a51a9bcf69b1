using Governance.Grid.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Units;

public static class GetUnit
{
    public static async Task<Results<Ok<UnitDetailsResponse>, ProblemHttpResult>> Handle(
        Guid id, GridDbContext db, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return UnitProblems.NotFound(id);
        }

        // The ladder is at most three rungs above a unit, so walking up is a few indexed lookups.
        var ancestors = new List<UnitResponse>();
        for (var parentId = unit.ParentId; parentId is not null;)
        {
            var parent = await db.Units.AsNoTracking().FirstAsync(u => u.Id == parentId, cancellationToken);
            ancestors.Add(UnitResponse.From(parent));
            parentId = parent.ParentId;
        }

        return TypedResults.Ok(new UnitDetailsResponse(
            unit.Id, unit.Level, unit.ParentId, unit.Name, unit.Code, unit.CreatedAt, ancestors));
    }
}
