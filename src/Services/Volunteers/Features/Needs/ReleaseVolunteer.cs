using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Api;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

public static class ReleaseVolunteer
{
    /// <summary>Takes a volunteer off a need; the requesting service learns the new list.</summary>
    public static async Task<Results<Ok<NeedResponse>, ProblemHttpResult>> Handle(
        Guid id, Guid volunteerId, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var need = await db.Set<Need>().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (need is null)
        {
            return ApiProblems.NotFound("need", id);
        }

        if (need.Release(volunteerId) is { } error)
        {
            return ApiProblems.From(error);
        }

        await NeedMatching.RaiseAssignedAsync(db, need, clock.GetUtcNow(), cancellationToken);
        if (await db.SaveOrConflictAsync("need", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(NeedResponse.From(need));
    }
}
