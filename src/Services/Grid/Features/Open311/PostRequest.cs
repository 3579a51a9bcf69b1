using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Domain.Categories;
using Governance.Grid.Features.Cases;
using Governance.Grid.Features.Categories;
using Governance.Grid.Features.Locate;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Grid.Features.Open311;

/// <summary>
/// GeoReport's <c>POST requests</c>: an app files a resident's report, which becomes a grid case through
/// the same report as <c>POST /api/grid/cases</c> (grid by point, SLA, duplicate check).
/// </summary>
public static partial class PostRequest
{
    /// <summary>Who a report came from, when the resident gave no name: the reporter's name is never shown through Open311 anyway.</summary>
    private const string AnonymousReporter = "Open311 resident";

    public static async Task<IResult> Handle(
        string format, HttpContext http, GridDbContext db, IDistrictContext districts, [FromServices] IGridLocator locator,
        SlaPolicy sla, IOptions<CasesOptions> options, TimeProvider clock, DistrictTime time, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (!http.Request.HasFormContentType)
        {
            return geo.Error(StatusCodes.Status400BadRequest, "Send the request as application/x-www-form-urlencoded (UTF-8) or multipart/form-data.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? Field(string name) => form[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var (client, refused) = await Jurisdiction.EnterWithKeyAsync(http, geo, Field("api_key"), Field("jurisdiction_id"), db, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (Field("service_code") is not { } code || (await db.CatalogueAsync(cancellationToken)).FirstOrDefault(d => d.Code == code) is not { } service)
        {
            return geo.Error(StatusCodes.Status400BadRequest, $"service_code is required and must be one of GET services: '{Field("service_code")}' is not.");
        }

        if (!TryCoordinate(Field("lat"), 90, out var lat) || !TryCoordinate(Field("long"), 180, out var lon))
        {
            return geo.Error(StatusCodes.Status400BadRequest, "lat and long are required (WGS84 decimal degrees): this endpoint locates a report by its point.");
        }

        var answers = form.Keys.Select(key => (Key: key, Match: AttributeField().Match(key))).Where(f => f.Match.Success)
            .GroupBy(f => f.Match.Groups[1].Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(f => form[f.Key]).OfType<string>().ToList());
        if (service.CheckAnswers(answers) is { Count: > 0 } problems)
        {
            return geo.Error(StatusCodes.Status400BadRequest, string.Join(" ", problems.Values));
        }

        var report = Report(service, Field, answers);
        if (report.Description!.Length > CaseRules.MaxDescriptionLength || report.Reporter!.Name!.Length > CaseRules.MaxNameLength
            || report.Reporter.Phone!.Length > CaseRules.MaxPhoneLength || report.Address?.Length > CaseRules.MaxAddressLength)
        {
            return geo.Error(StatusCodes.Status400BadRequest,
                $"description (with the attributes) takes at most {CaseRules.MaxDescriptionLength} characters, address_string {CaseRules.MaxAddressLength}, a name {CaseRules.MaxNameLength}, a phone {CaseRules.MaxPhoneLength}.");
        }

        if (!CaseRules.IsMediaUrl(report.MediaUrl))
        {
            return geo.Error(StatusCodes.Status400BadRequest, $"media_url must be an absolute http(s) address of at most {CaseRules.MaxMediaUrlLength} characters.");
        }

        var reported = await ReportCase.ReportAsync(report with { Location = new LocationRequest(lat, lon) },
            $"open311:{client!.Name}", reporterAccount: null, db, districts, locator, sla, options, clock, cancellationToken);
        if (reported.Result is not Created<CaseReportedResponse> { Value: { } created })
        {
            // A point in no grid is the client's mistake, which GeoReport answers with 400.
            var problem = ((ProblemHttpResult)reported.Result).ProblemDetails;
            var status = problem.Status is StatusCodes.Status422UnprocessableEntity ? StatusCodes.Status400BadRequest : problem.Status ?? StatusCodes.Status500InternalServerError;
            return geo.Error(status, problem.Detail ?? problem.Title ?? "The report was not accepted.");
        }

        var grid = await db.Units.AsNoTracking().Where(u => u.Id == created.GridId).Select(u => u.Name).SingleAsync(cancellationToken);
        return geo.List("service_requests",
        [
            new JsonObject
            {
                ["service_request_id"] = created.Id.ToString(),
                ["service_notice"] = Requests.Notice(grid, time.Local(created.DueAt)),
            },
        ]);
    }

    /// <summary>
    /// The case a report asks for: GeoReport has no title, so the service and address make one; the
    /// address and media are kept as they came, and the attribute answers join the description.
    /// </summary>
    private static ReportCaseRequest Report(CategoryDefinition service, Func<string, string?> field, Dictionary<string, IReadOnlyList<string>> answers)
    {
        var address = field("address_string");
        var title = address is null ? service.Name : $"{service.Name} – {address}";
        var description = new StringBuilder(field("description") ?? service.Name);

        foreach (var attribute in service.Attributes.Where(a => answers.ContainsKey(a.Code)))
        {
            description.Append(CultureInfo.InvariantCulture, $"\n{attribute.Description}: {string.Join(", ", answers[attribute.Code])}");
        }

        var name = string.Join(' ', new[] { field("first_name"), field("last_name") }.OfType<string>());
        return new ReportCaseRequest(service.Code, title[..Math.Min(title.Length, CaseRules.MaxTitleLength)], description.ToString(), null, null,
            new ReporterRequest(name.Length > 0 ? name : AnonymousReporter, field("phone") ?? ""), null, address, field("media_url"));
    }

    private static bool TryCoordinate(string? value, double limit, out double coordinate) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out coordinate) && Math.Abs(coordinate) <= limit;

    /// <summary><c>attribute[code]</c>, and <c>attribute[code][]</c> as some clients send a multivaluelist.</summary>
    [GeneratedRegex(@"^attribute\[([^\]]+)\](\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeField();
}
