using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Domain.Open311;
using Governance.Grid.Features.Cases;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Open311;

/// <summary>
/// The request-updates extension (mySociety's, as FixMyStreet speaks it; its XML root is
/// <c>service_requests_updates</c>): every step of a case's history
/// after its report, and residents' comments on a case, which reopen it when they say it is open again.
/// </summary>
public static class Updates
{
    /// <summary>An update is a step of a case's history: the case and the step's number.</summary>
    private static string UpdateId(Guid caseId, int sequence) => string.Create(CultureInfo.InvariantCulture, $"{caseId}-{sequence}");

    public static async Task<IResult> List(
        string format, HttpContext http, GridDbContext db, TimeProvider clock, DistrictTime time,
        [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, [FromQuery(Name = "start_date")] string? startDate,
        [FromQuery(Name = "end_date")] string? endDate, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (await Jurisdiction.EnterAsync(http, geo, jurisdictionId, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Requests.TryDate(startDate, out var from) || !Requests.TryDate(endDate, out var to))
        {
            return geo.Error(StatusCodes.Status400BadRequest, "start_date and end_date are W3C date-times such as 2026-11-30T09:15:00+08:00.");
        }

        var end = to ?? clock.GetUtcNow();
        var start = from ?? end - Requests.DefaultWindow;
        // Only the page's steps leave the database, oldest first: not every case with a step in the window.
        var steps = await db.Cases.AsNoTracking()
            .SelectMany(c => c.History.Where(h => h.Sequence > 1 && h.At >= start && h.At <= end), (c, h) => new { CaseId = c.Id, Step = h })
            .OrderBy(u => u.Step.At).ThenBy(u => u.CaseId).ThenBy(u => u.Step.Sequence)
            .Take(Requests.MaxPageSize)
            .ToListAsync(cancellationToken);
        var updates = steps
            .Select(u => new JsonObject
            {
                ["update_id"] = UpdateId(u.CaseId, u.Step.Sequence),
                ["service_request_id"] = u.CaseId.ToString(),
                ["status"] = Requests.StatusOf(u.Step.ToStatus),
                ["updated_datetime"] = GeoReport.Timestamp(time.Local(u.Step.At)),
                ["description"] = Describe(u.Step),
                ["media_url"] = "",
            });
        return geo.List("service_requests_updates", updates);
    }

    public static async Task<IResult> Post(
        string format, HttpContext http, GridDbContext db, SlaPolicy sla, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (!http.Request.HasFormContentType)
        {
            return geo.Error(StatusCodes.Status400BadRequest, "Send the update as application/x-www-form-urlencoded (UTF-8) or multipart/form-data.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? Field(string name) => form[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var (client, refused) = await Jurisdiction.EnterWithKeyAsync(http, geo, Field("api_key"), Field("jurisdiction_id"), db, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!Guid.TryParse(Field("service_request_id"), out var caseId) || !UpdateStatus.TryRead(Field("status"), out var stillOpen) || Field("description") is not { } text)
        {
            return geo.Error(StatusCodes.Status400BadRequest,
                $"service_request_id, status and description are required; status is one of {string.Join(", ", UpdateStatus.Known)} (in any case).");
        }

        var result = await CaseCommand.RunAsync(caseId, db, clock, null,
            (item, now) => item.ResidentUpdate(text, stillOpen, sla, $"open311:{client!.Name}", now),
            (item, _, now) => CaseEvents.ReopenedBy(item, now),
            cancellationToken);
        if (result.Result is not Ok<CaseResponse> { Value.History: [.., _] history })
        {
            var problem = ((ProblemHttpResult)result.Result).ProblemDetails;
            return geo.Error(problem.Status == StatusCodes.Status422UnprocessableEntity ? StatusCodes.Status400BadRequest : problem.Status ?? StatusCodes.Status500InternalServerError,
                problem.Detail ?? problem.Title ?? "The update was not accepted.");
        }

        return geo.List("service_requests_updates", [new JsonObject { ["update_id"] = UpdateId(caseId, history.Count) }]);
    }

    /// <summary>What happened in words a resident reads: the step, where the case now stands, and its reason.</summary>
    private static string Describe(CaseHistoryEntry step)
    {
        var what = $"{GridCase.Describe(step.Action)} ({GridCase.Describe(step.ToStatus)}, {GridCase.Describe(step.Level)} level)";
        return step.Reason is { } reason ? $"{what}: {reason}" : what;
    }
}
