using Governance.Party.Data;
using Governance.Party.Domain.Groups;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Groups;

public static class ListGroups
{
    public static async Task<Results<Ok<PagedResponse<GroupResponse>>, ValidationProblem>> Handle(
        PartyDbContext db, CancellationToken cancellationToken, Guid? gridUnitId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (gridUnitId is null)
        {
            errors["gridUnitId"] = ["gridUnitId is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<ThreePlusTwoGroup>().AsNoTracking().Where(g => g.GridUnitId == gridUnitId);
        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<GroupResponse>(items.Select(GroupResponse.From).ToList(), pageNumber, size, total));
    }
}
