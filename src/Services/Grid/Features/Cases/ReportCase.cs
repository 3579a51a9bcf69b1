using System.Security.Claims;
using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Domain.Categories;
using Governance.Grid.Features.Categories;
using Governance.Grid.Features.Locate;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Cases;

public sealed record LocationRequest(double? Lat, double? Lon);

public sealed record ReporterRequest(string? Name, string? Phone);

/// <summary>A resident problem; its grid is <see cref="GridId"/> or, when only a location is given, the grid containing it.</summary>
/// <param name="Address">Where the reporter says the problem is, in their words.</param>
/// <param name="MediaUrl">A photo or video of the problem, as an absolute http(s) address.</param>
[RequestExample("""
    {"category": "road-damage", "title": "Pothole at the north gate", "description": "A pothole about 1 m wide by the north gate.",
     "location": {"lat": 39.635, "lon": 118.175}, "gridId": null, "reporter": {"name": "Wang Fang", "phone": "13812345678"}, "requiredSkill": null}
    """)]
public sealed record ReportCaseRequest(
    string? Category, string? Title, string? Description, LocationRequest? Location, Guid? GridId, ReporterRequest? Reporter, string? RequiredSkill,
    string? Address = null, string? MediaUrl = null);

public sealed class ReportCaseValidator : AbstractValidator<ReportCaseRequest>
{
    public ReportCaseValidator()
    {
        RuleFor(r => r.Category).NotEmpty().MaximumLength(CaseRules.MaxCategoryLength).Matches(CaseRules.SlugPattern)
            .WithMessage("category must be a lowercase slug such as 'road-damage'.");
        RuleFor(r => r.Title).NotEmpty().MaximumLength(CaseRules.MaxTitleLength);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(CaseRules.MaxDescriptionLength);
        RuleFor(r => r.GridId).NotEmpty().When(r => r.Location is null).WithMessage("Give gridId, a location, or both.");
        RuleFor(r => r.Location!).SetValidator(new LocationValidator()).When(r => r.Location is not null);
        RuleFor(r => r.Address).MaximumLength(CaseRules.MaxAddressLength);
        RuleFor(r => r.MediaUrl).Must(CaseRules.IsMediaUrl).WithMessage($"mediaUrl must be an absolute http(s) address of at most {CaseRules.MaxMediaUrlLength} characters.");
        RuleFor(r => r.Reporter).NotNull();
        RuleFor(r => r.Reporter!).SetValidator(new ReporterValidator()).When(r => r.Reporter is not null);
        RuleFor(r => r.RequiredSkill).MaximumLength(CaseRules.MaxSkillLength).Matches(CaseRules.SlugPattern)
            .WithMessage("requiredSkill must be a lowercase slug such as 'medical-first-aid'.")
            .When(r => r.RequiredSkill is not null);
    }

    private sealed class LocationValidator : AbstractValidator<LocationRequest>
    {
        public LocationValidator()
        {
            RuleFor(l => l.Lat).NotNull().InclusiveBetween(-90, 90);
            RuleFor(l => l.Lon).NotNull().InclusiveBetween(-180, 180);
        }
    }

    private sealed class ReporterValidator : AbstractValidator<ReporterRequest>
    {
        public ReporterValidator()
        {
            RuleFor(p => p.Name).NotEmpty().MaximumLength(CaseRules.MaxNameLength);
            RuleFor(p => p.Phone).NotEmpty().MaximumLength(CaseRules.MaxPhoneLength).Matches(@"^\+?[0-9][0-9 -]{4,}$")
                .WithMessage("phone must be digits, optionally with a leading + and spaces or dashes.");
        }
    }
}

public static class ReportCase
{
    private const int MaxPossibleDuplicates = 10;

    /// <remarks>
    /// The hot path of the platform: two round trips to PostgreSQL in all (the reads, then the
    /// insert of the case, its history and its events), where it took five. The grid comes from
    /// this replica's cached territory, checked against the revision read with the duplicate
    /// candidates; a stale cache is reloaded and the reads repeated.
    /// </remarks>
    public static Task<Results<Created<CaseReportedResponse>, ProblemHttpResult>> Handle(
        ReportCaseRequest request, ClaimsPrincipal user, GridDbContext db, IDistrictContext districts, [FromServices] IGridLocator locator,
        SlaPolicy sla, IOptions<CasesOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        ReportAsync(request, CaseCommand.Actor(user), CaseCommand.Account(user), db, districts, locator, sla, options, clock, cancellationToken);

    /// <summary>
    /// Reports a case on behalf of <paramref name="actor"/>, for the case API and for Open311 alike; <paramref name="request"/> is validated.
    /// <paramref name="reporterAccount"/> is the reporting token's subject, kept on the case for its events (null without an account).
    /// </summary>
    public static async Task<Results<Created<CaseReportedResponse>, ProblemHttpResult>> ReportAsync(
        ReportCaseRequest request, string actor, string? reporterAccount, GridDbContext db, IDistrictContext districts, IGridLocator locator,
        SlaPolicy sla, IOptions<CasesOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("report or change cases");
        var radius = options.Value.DuplicateRadiusMeters;
        var location = request.Location is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null;
        var now = clock.GetUtcNow();

        // One connection for the reads and the insert.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var grids = locator.LastLoaded();
        while (true)
        {
            var ladder = grids is null ? null : LadderOf(grids, request.GridId, location);
            var item = ladder is { } units
                ? GridCase.Report(
                    new NewCase(request.Category!, request.Title!, request.Description!, location, request.Reporter!.Name!, request.Reporter.Phone!, request.RequiredSkill,
                        request.Address, request.MediaUrl, reporterAccount),
                    new CaseUnits(units.GridId, units.CommunityId, units.StreetId), sla, actor, now)
                : null;
            var reads = await ReportCaseReads.RunAsync(db, district, request.Category!, item, radius, cancellationToken);
            if (grids is null || reads.TerritoryRevision > grids.Revision)
            {
                grids = await locator.AtRevisionAsync(reads.TerritoryRevision, cancellationToken);
                continue;
            }

            if (!CategoryCatalogue.Knows(request.Category!, reads.DistrictDefinesCategory))
            {
                return ApiProblems.From(CategoryCatalogue.Unknown(request.Category!, await db.CatalogueAsync(cancellationToken)));
            }

            if (item is null)
            {
                return request.GridId is { } gridId
                    ? ApiProblems.Unprocessable($"gridId '{gridId}' names no grid of your district (with its community and street).")
                    : ApiProblems.Unprocessable($"The location ({location!.Lat}, {location.Lon}) lies in no grid of your district.");
            }

            item.District = district;
            var duplicates = PossibleDuplicates(item, reads.Candidates, radius);

            // Only new entities are tracked, so EF need not scan them for changes (it did three times
            // per save). The case, its history and its events go as one batch, which PostgreSQL runs
            // as one implicit transaction (one Sync at its end); EF's own BEGIN … COMMIT only added a
            // round trip.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            db.Cases.Add(item);
            db.Raise(CaseEvents.Reported(item, now), item.Id);
            if (item.RequiredSkill is { } skill)
            {
                db.Raise(CaseEvents.AssistanceRequested(item, skill, now), item.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/grid/cases/{item.Id}", new CaseReportedResponse(
                item.Id, item.Status, item.Level, item.GridId, item.CommunityId, item.StreetId, item.DueAt, item.BandAt(now), duplicates));
        }
    }

    /// <summary>The given grid, or else the grid containing the location, with its community and street; null when neither is a grid of the district.</summary>
    private static GridLadder? LadderOf(DistrictGrids grids, Guid? gridId, GeoPoint? location) =>
        (gridId ?? grids.Locate(location!.Lat, location.Lon)) is { } id ? grids.LadderOf(id) : null;

    /// <summary>The candidates the duplicate policy keeps, nearest first, then newest.</summary>
    private static List<PossibleDuplicateResponse> PossibleDuplicates(GridCase reported, IReadOnlyList<DuplicateCandidate> candidates, double radiusMeters) =>
        candidates
            .Where(c => DuplicatePolicy.IsPossibleDuplicate(reported, c, radiusMeters))
            .Select(c => new PossibleDuplicateResponse(c.Id, c.Title, c.Status, c.Level,
                reported.Location is { } from && c.Location is { } to ? Math.Round(from.MetersTo(to), 1) : null, c.CreatedAt))
            .OrderBy(d => d.DistanceMeters ?? double.MaxValue).ThenByDescending(d => d.CreatedAt)
            .Take(MaxPossibleDuplicates)
            .ToList();
}
