using Governance.BuildingBlocks.Data;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Activities;

public static class GetActivity
{
    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Handle(
        Guid id, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return ApiProblems.NotFound("activity", id);
        }

        var counts = await ActivityCounts.OfAsync(db, [id], cancellationToken);
        return TypedResults.Ok(ActivityResponse.From(activity, counts.GetValueOrDefault(id, ActivityCounts.None), clock.Now()));
    }
}
