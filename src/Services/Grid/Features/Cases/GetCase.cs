using Governance.Grid.Data;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

public static class GetCase
{
    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, GridDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var item = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return item is null
            ? ApiProblems.NotFound("case", id)
            : TypedResults.Ok(await CaseCommand.DetailAsync(db, item, clock.GetUtcNow(), cancellationToken));
    }
}
