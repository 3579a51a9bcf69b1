using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Visits;

public static class ListVisits
{
    /// <summary>Door visits, newest first, filtered by household, 3+2 group, grid or building, and a time window.</summary>
    public static async Task<Results<Ok<PagedResponse<VisitResponse>>, ValidationProblem>> Handle(
        GridDbContext db, CancellationToken cancellationToken,
        Guid? householdId = null, Guid? groupId = null, Guid? unitId = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (from > to)
        {
            errors["from"] = ["from must not be later than to."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<DoorVisit>().AsNoTracking();
        if (householdId is not null)
        {
            query = query.Where(v => v.HouseholdId == householdId);
        }

        if (groupId is not null)
        {
            query = query.Where(v => v.GroupId == groupId);
        }

        if (unitId is not null)
        {
            query = query.Where(v => v.GridId == unitId || v.BuildingId == unitId);
        }

        if (from is not null)
        {
            query = query.Where(v => v.VisitedAt >= from);
        }

        if (to is not null)
        {
            query = query.Where(v => v.VisitedAt <= to);
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var visits = await query.OrderByDescending(v => v.VisitedAt).ThenBy(v => v.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<VisitResponse>(visits.Select(VisitResponse.From).ToList(), pageNumber, size, total));
    }
}
