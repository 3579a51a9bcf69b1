using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Wishes;

public static class ListWishes
{
    /// <summary>
    /// Wishes by status and unit (the household's building or its grid), soonest deadline first,
    /// undated ones last. Statuses are read at the time of the request, as in <see cref="MicroWish.StatusAt"/>.
    /// </summary>
    [QueryEnum<WishStatus>("status")]
    public static async Task<Results<Ok<PagedResponse<WishResponse>>, ValidationProblem>> Handle(
        VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string? status = null, Guid? unitId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        WishStatus? parsed = null;
        if (status is not null)
        {
            if (WireNames.TryParse<WishStatus>(status, out var value))
            {
                parsed = value;
            }
            else
            {
                errors["status"] = [$"status must be one of {WireNames.Names<WishStatus>()}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var query = db.Set<MicroWish>().AsNoTracking();
        if (unitId is { } unit)
        {
            query = query.Where(w => w.UnitId == unit || w.GridId == unit);
        }

        query = parsed switch
        {
            WishStatus.Expired => query.Where(w => w.Status == WishStatus.Expired
                || ((w.Status == WishStatus.Posted || w.Status == WishStatus.Claimed) && w.Deadline != null && w.Deadline <= now)),
            WishStatus.Posted or WishStatus.Claimed => query.Where(w => w.Status == parsed && (w.Deadline == null || w.Deadline > now)),
            { } other => query.Where(w => w.Status == other),
            null => query,
        };

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(w => w.Deadline == null).ThenBy(w => w.Deadline).ThenBy(w => w.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<WishResponse>(items.Select(w => WishResponse.From(w, now)).ToList(), pageNumber, size, total));
    }
}
