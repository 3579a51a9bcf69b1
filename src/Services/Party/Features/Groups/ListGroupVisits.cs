using Governance.Party.Data;
using Governance.Party.Domain.Groups;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Groups;

public sealed record GroupVisitResponse(Guid VisitId, Guid GridId, DateTimeOffset VisitedAt, int WishCount);

public static class ListGroupVisits
{
    public static async Task<Results<Ok<PagedResponse<GroupVisitResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, PartyDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Set<ThreePlusTwoGroup>().AnyAsync(g => g.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("group", id);
        }

        var query = db.Set<GroupVisit>().AsNoTracking().Where(v => v.GroupId == id);
        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(v => v.VisitedAt).ThenBy(v => v.VisitId).Skip((pageNumber - 1) * size).Take(size)
            .Select(v => new GroupVisitResponse(v.VisitId, v.GridId, v.VisitedAt, v.WishCount)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<GroupVisitResponse>(items, pageNumber, size, total));
    }
}
