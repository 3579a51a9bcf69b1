using Governance.BuildingBlocks.Data;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Activities;

/// <summary>The filters the activity list and the statistics share.</summary>
internal static class ActivityFilters
{
    public static Dictionary<string, string[]> Errors(DateTimeOffset? from, DateTimeOffset? to)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is not null && to is not null && to < from)
        {
            errors["to"] = ["to must not be before from."];
        }

        return errors;
    }

    /// <summary>
    /// Activities organised by <paramref name="unitId"/> or any unit beneath it, starting between
    /// <paramref name="from"/> and <paramref name="to"/> (both inclusive); null when the unit is unknown.
    /// </summary>
    public static async Task<IQueryable<Activity>?> QueryAsync(
        EventsDbContext db, Guid? unitId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var query = db.Set<Activity>().AsNoTracking();
        if (unitId is { } id)
        {
            if (await db.UnitAsync(id, cancellationToken) is null)
            {
                return null;
            }

            var units = await db.SubtreeAsync(id, cancellationToken);
            query = query.Where(a => units.Contains(a.OrganizerUnitId));
        }

        if (from is { } start)
        {
            query = query.Where(a => a.StartsAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(a => a.StartsAt <= end);
        }

        return query;
    }
}

public static class ListActivities
{
    /// <summary>Activities under a unit (everything beneath included), in a time range, of a kind; soonest first.</summary>
    [QueryEnum<ActivityKind>("kind")]
    public static async Task<Results<Ok<PagedResponse<ActivityResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        Guid? unitId = null, DateTimeOffset? from = null, DateTimeOffset? to = null, string? kind = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        foreach (var (field, messages) in ActivityFilters.Errors(from, to))
        {
            errors[field] = messages;
        }

        var kindValue = default(ActivityKind);
        if (kind is not null && !WireNames.TryParse(kind, out kindValue))
        {
            errors["kind"] = [$"kind must be one of {WireNames.Names<ActivityKind>()}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = await ActivityFilters.QueryAsync(db, unitId, from, to, cancellationToken);
        if (query is null)
        {
            return ApiProblems.NotFound("unit", unitId!.Value);
        }

        if (kind is not null)
        {
            query = query.Where(a => a.Kind == kindValue);
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var activities = await query.OrderBy(a => a.StartsAt).ThenBy(a => a.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var counts = await ActivityCounts.OfAsync(db, [.. activities.Select(a => a.Id)], cancellationToken);
        var now = clock.Now();
        return TypedResults.Ok(new PagedResponse<ActivityResponse>(
            [.. activities.Select(a => ActivityResponse.From(a, counts.GetValueOrDefault(a.Id, ActivityCounts.None), now))], pageNumber, size, total));
    }
}
