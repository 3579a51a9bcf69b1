using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Features.Volunteers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

public static class ListNeeds
{
    /// <summary>Needs by status and unit (a street, community or grid, everything beneath included), newest first.</summary>
    [QueryEnum<NeedStatus>("status")]
    public static async Task<Results<Ok<PagedResponse<NeedResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        VolunteersDbContext db, CancellationToken cancellationToken,
        string? status = null, Guid? unitId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var statusValue = default(NeedStatus);
        if (status is not null && !WireNames.TryParse(status, out statusValue))
        {
            errors["status"] = [$"status must be one of {WireNames.Names<NeedStatus>()}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<Need>().AsNoTracking();
        if (status is not null)
        {
            query = query.Where(n => n.Status == statusValue);
        }

        if (unitId is { } id)
        {
            var unit = await UnitPaths.PlaceAsync(db, id, cancellationToken);
            if (unit is null)
            {
                return ApiProblems.NotFound("unit", id);
            }

            query = unit.Level switch
            {
                "street" => query.Where(n => n.StreetId == id),
                "community" => query.Where(n => n.CommunityId == id),
                "grid" => query.Where(n => n.GridId == id),
                _ => query.Where(n => n.UnitId == id),
            };
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var needs = await query.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<NeedResponse>([.. needs.Select(NeedResponse.From)], pageNumber, size, total));
    }
}
