using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Features.Categories;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Open311;

/// <summary>
/// GeoReport's service requests: the district's cases as the public may see them, with the unit
/// answerable for each as <c>agency_responsible</c>; never the reporter's name or phone.
/// </summary>
public static class Requests
{
    /// <summary>The spec's limits: without dates, the last 90 days; at most 1,000 requests per answer.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    public const int MaxPageSize = 1000;

    /// <summary>The last page any list can have: beyond it the offset no longer fits an int.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    /// <param name="dueAt">The deadline as the district's clocks show it.</param>
    public static string Notice(string grid, DateTimeOffset dueAt) =>
        $"Handled by grid '{grid}'; due by {GeoReport.Timestamp(dueAt)}.";

    /// <summary>Open while worked on (reported, accepted, in progress, and after an escalation); closed once resolved, closed or merged.</summary>
    public static string StatusOf(CaseStatus status) => status.IsOpen() ? "open" : "closed";

    public static async Task<IResult> List(
        string format, HttpContext http, GridDbContext db, TimeProvider clock, DistrictTime time,
        [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, [FromQuery(Name = "service_request_id")] string? ids,
        [FromQuery(Name = "service_code")] string? serviceCode, [FromQuery(Name = "start_date")] string? startDate,
        [FromQuery(Name = "end_date")] string? endDate, string? status, int? page, [FromQuery(Name = "page_size")] int? pageSize,
        CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (await Jurisdiction.EnterAsync(http, geo, jurisdictionId, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!TryDate(startDate, out var from) || !TryDate(endDate, out var to) || status is not (null or "open" or "closed")
            || page is < 1 or > MaxPage || pageSize is < 1 or > MaxPageSize)
        {
            return geo.Error(StatusCodes.Status400BadRequest,
                $"start_date and end_date are W3C date-times (2026-11-30T09:15:00+08:00), status is open or closed, page 1 to {MaxPage}, page_size 1 to {MaxPageSize}.");
        }

        var cases = db.Cases.AsNoTracking();
        if (ids is not null)
        {
            var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty).ToList();
            cases = cases.Where(c => wanted.Contains(c.Id));
        }
        else
        {
            // Per the spec, only without ids do the dates (and their 90-day default) apply.
            var end = to ?? clock.GetUtcNow();
            var start = from ?? end - DefaultWindow;
            cases = cases.Where(c => c.CreatedAt >= start && c.CreatedAt <= end);
            if (serviceCode is not null)
            {
                cases = cases.Where(c => c.Category == serviceCode);
            }

            if (status is not null)
            {
                var open = status == "open";
                cases = cases.Where(c => CaseStatuses.Open.Contains(c.Status) == open);
            }
        }

        var size = pageSize ?? MaxPageSize;
        var items = await cases.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(((page ?? 1) - 1) * size).Take(size).ToListAsync(cancellationToken);
        return geo.List("service_requests", await DescribeAsync(db, items, time, cancellationToken));
    }

    public static async Task<IResult> Get(
        string id, string format, HttpContext http, GridDbContext db, DistrictTime time,
        [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (await Jurisdiction.EnterAsync(http, geo, jurisdictionId, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        var item = Guid.TryParse(id, out var caseId) ? await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) : null;
        return item is null
            ? geo.Error(StatusCodes.Status404NotFound, $"Unknown service_request_id '{id}'.")
            : geo.List("service_requests", await DescribeAsync(db, [item], time, cancellationToken));
    }

    /// <summary>
    /// GeoReport's token lookup: this endpoint files a report at once and answers its id, so a token is the
    /// request's id and this answers it when the request exists.
    /// </summary>
    public static async Task<IResult> Token(
        string token, string format, HttpContext http, GridDbContext db,
        [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (await Jurisdiction.EnterAsync(http, geo, jurisdictionId, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Guid.TryParse(token, out var id) && await db.Cases.AnyAsync(c => c.Id == id, cancellationToken)
            ? geo.List("service_requests", [new JsonObject { ["service_request_id"] = id.ToString(), ["token"] = token }])
            : geo.Error(StatusCodes.Status404NotFound, $"Unknown token '{token}'.");
    }

    public static bool TryDate(string? value, out DateTimeOffset? at)
    {
        at = null;
        if (value is null)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        at = parsed;
        return true;
    }

    private static async Task<IEnumerable<JsonObject>> DescribeAsync(GridDbContext db, IReadOnlyList<GridCase> items, DistrictTime time, CancellationToken cancellationToken)
    {
        var unitIds = items.SelectMany(c => new[] { c.GridId, c.ResponsibleUnitId }).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var services = (await db.CatalogueAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        return items.Select(c => new JsonObject
        {
            ["service_request_id"] = c.Id.ToString(),
            ["status"] = StatusOf(c.Status),
            ["status_notes"] = c.History[^1].Reason ?? c.Resolution ?? "",
            ["service_name"] = services.GetValueOrDefault(c.Category, c.Category),
            ["service_code"] = c.Category,
            ["description"] = c.Description,
            ["agency_responsible"] = names.GetValueOrDefault(c.ResponsibleUnitId, ""),
            ["service_notice"] = Notice(names.GetValueOrDefault(c.GridId, ""), time.Local(c.DueAt)),
            ["address"] = c.Address ?? "",
            ["address_id"] = "",
            ["zipcode"] = "",
            ["lat"] = c.Location?.Lat,
            ["long"] = c.Location?.Lon,
            ["media_url"] = c.MediaUrl ?? "",
            ["requested_datetime"] = GeoReport.Timestamp(time.Local(c.CreatedAt)),
            ["updated_datetime"] = GeoReport.Timestamp(time.Local(c.UpdatedAt)),
            ["expected_datetime"] = GeoReport.Timestamp(time.Local(c.DueAt)),
        });
    }
}
