using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Features.Workers;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Households;

public static class ListResidents
{
    /// <summary>Residents of a grid or building (<paramref name="unitId"/>), optionally of one special group.</summary>
    [QueryEnum<SpecialGroup>("specialGroup")]
    public static async Task<Results<Ok<PagedResponse<ResidentResponse>>, ValidationProblem>> Handle(
        GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken,
        Guid? unitId = null, string? specialGroup = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        SpecialGroup group = default;
        if (specialGroup is not null && !WireNames.TryParse(specialGroup, out group))
        {
            errors["specialGroup"] = [$"specialGroup must be one of {WireNames.Names<SpecialGroup>()}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<Resident>().AsNoTracking();
        if (unitId is not null)
        {
            // Unit ids are unique across levels, so one comparison per level needs no lookup of the unit.
            query = query.Where(r => r.GridId == unitId || r.BuildingId == unitId);
        }

        if (specialGroup is not null)
        {
            query = query.Where(r => r.SpecialGroups.Contains(group));
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var residents = await query.OrderBy(r => r.HouseholdId).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var viewer = await access.ViewerAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<ResidentResponse>(
            residents.Select(r => ResidentResponse.From(r, viewer)).ToList(), pageNumber, size, total));
    }
}
