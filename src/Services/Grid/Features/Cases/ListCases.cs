using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

public static class ListCases
{
    /// <summary>
    /// Cases by status, level, band and unit, soonest deadline first. <c>unitId</c> matches a case's
    /// grid, community or street, so a unit's list includes everything beneath it; a building id
    /// (cases belong to grids) or an unknown id matches nothing.
    /// </summary>
    [QueryEnum<CaseStatus>("status")]
    [QueryEnum<CaseLevel>("level")]
    [QueryEnum<SlaBand>("band")]
    public static async Task<Results<Ok<PagedResponse<CaseResponse>>, ValidationProblem>> Handle(
        GridDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string? status = null, string? level = null, Guid? unitId = null, string? band = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var parsedStatus = Parse<CaseStatus>(status, "status", errors);
        var parsedLevel = Parse<CaseLevel>(level, "level", errors);
        var parsedBand = Parse<SlaBand>(band, "band", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var query = db.Cases.AsNoTracking();
        if (parsedStatus is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (parsedLevel is { } l)
        {
            query = query.Where(c => c.Level == l);
        }

        if (unitId is { } unit)
        {
            query = query.Where(c => c.GridId == unit || c.CommunityId == unit || c.StreetId == unit);
        }

        // The same thresholds as SlaPolicy.BandOf, written against the stored amber and red instants.
        query = parsedBand switch
        {
            SlaBand.Green => query.Where(c => CaseStatuses.Open.Contains(c.Status) && !c.Overdue && now < c.AmberAt),
            SlaBand.Amber => query.Where(c => CaseStatuses.Open.Contains(c.Status) && !c.Overdue && now >= c.AmberAt && now <= c.RedAt),
            SlaBand.Red => query.Where(c => CaseStatuses.Open.Contains(c.Status) && (c.Overdue || now > c.RedAt)),
            _ => query,
        };

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(c => c.DueAt).ThenBy(c => c.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<CaseResponse>(items.Select(c => CaseResponse.From(c, now)).ToList(), pageNumber, size, total));
    }

    private static TEnum? Parse<TEnum>(string? text, string field, Dictionary<string, string[]> errors) where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (WireNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors[field] = [$"{field} must be one of {WireNames.Names<TEnum>()}."];
        return null;
    }
}
