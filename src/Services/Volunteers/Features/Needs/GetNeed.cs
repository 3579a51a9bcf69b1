using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Needs;

public static class GetNeed
{
    public static async Task<Results<Ok<NeedResponse>, ProblemHttpResult>> Handle(Guid id, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        var need = await db.Set<Need>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return need is null ? ApiProblems.NotFound("need", id) : TypedResults.Ok(NeedResponse.From(need));
    }
}
