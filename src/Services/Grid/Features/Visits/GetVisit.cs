using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Visits;

public static class GetVisit
{
    public static async Task<Results<Ok<VisitResponse>, ProblemHttpResult>> Handle(
        Guid id, GridDbContext db, CancellationToken cancellationToken)
    {
        var visit = await db.Set<DoorVisit>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return visit is null ? ApiProblems.NotFound("door visit", id) : TypedResults.Ok(VisitResponse.From(visit));
    }
}
