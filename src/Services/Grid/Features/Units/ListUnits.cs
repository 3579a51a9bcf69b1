using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Units;

public static class ListUnits
{
    [QueryEnum<UnitLevel>("level")]
    public static async Task<Results<Ok<PagedResponse<UnitResponse>>, ValidationProblem>> Handle(
        GridDbContext db, CancellationToken cancellationToken,
        string? level = null, Guid? parentId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        UnitLevel parsedLevel = default;
        if (level is not null && !WireNames.TryParse(level, out parsedLevel))
        {
            errors["level"] = [$"level must be one of {WireNames.Names<UnitLevel>()}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Units.AsNoTracking();
        if (level is not null)
        {
            query = query.Where(u => u.Level == parsedLevel);
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
