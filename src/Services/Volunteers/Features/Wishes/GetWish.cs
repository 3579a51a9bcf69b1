using Governance.ServiceDefaults.Api;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Wishes;

public static class GetWish
{
    public static async Task<Results<Ok<WishResponse>, ProblemHttpResult>> Handle(
        Guid id, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var wish = await db.Set<MicroWish>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        return wish is null
            ? ApiProblems.NotFound("wish", id)
            : TypedResults.Ok(WishResponse.From(wish, clock.GetUtcNow(), withHistory: true));
    }
}
