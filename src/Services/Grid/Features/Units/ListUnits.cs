using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Units;

public static class ListUnits
{
    public static async Task<Results<Ok<PagedResponse<UnitResponse>>, ValidationProblem>> Handle(
        GridDbContext db, CancellationToken cancellationToken,
        UnitLevel? level = null, Guid? parentId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Units.AsNoTracking();
        if (level is not null)
        {
            query = query.Where(u => u.Level == level);
        }

        if (parentId is not null)
        {
            query = query.Where(u => u.ParentId == parentId);
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(u => u.Level).ThenBy(u => u.Code).ThenBy(u => u.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new PagedResponse<UnitResponse>(items.Select(UnitResponse.From).ToList(), pageNumber, size, total));
    }
}
