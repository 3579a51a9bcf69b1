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

        return TypedResults.Ok(UnitDetailsResponse.From(unit, await db.AncestorsAsync(unit, cancellationToken)));
    }
}
