using System.Security.Claims;
using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Domain.Territory;
using Governance.Grid.Features.Locate;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Grid.Features.Cases;

public sealed record LocationRequest(double? Lat, double? Lon);

public sealed record ReporterRequest(string? Name, string? Phone);

/// <summary>A resident problem; its grid is <see cref="GridId"/> or, when only a location is given, the grid containing it.</summary>
public sealed record ReportCaseRequest(
    string? Category, string? Title, string? Description, LocationRequest? Location, Guid? GridId, ReporterRequest? Reporter, string? RequiredSkill);

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

    public static async Task<Results<Created<CaseReportedResponse>, ProblemHttpResult>> Handle(
        ReportCaseRequest request, ClaimsPrincipal user, GridDbContext db, IDistrictContext districts, [FromServices] IGridLocator locator,
        SlaPolicy sla, IOptions<CasesOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("report or change cases");

        var location = request.Location is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null;
        var gridId = request.GridId;
        if (gridId is null && location is not null)
        {
            gridId = await locator.FindGridAsync(location.Lat, location.Lon, cancellationToken);
            if (gridId is null)
            {
                return ApiProblems.Unprocessable($"The location ({location.Lat}, {location.Lon}) lies in no grid of your district.");
            }
        }

        var units = await UnitsAboveAsync(db, gridId!.Value, cancellationToken);
        if (units is null)
        {
            return ApiProblems.Unprocessable($"gridId '{gridId}' names no grid of your district (with its community and street).");
        }

        var now = clock.GetUtcNow();
        var item = GridCase.Report(
            new NewCase(request.Category!, request.Title!, request.Description!, location, request.Reporter!.Name!, request.Reporter.Phone!, request.RequiredSkill),
            units, sla, CaseCommand.Actor(user), now);
        item.District = district;

        var duplicates = await PossibleDuplicatesAsync(db, item, options.Value.DuplicateRadiusMeters, cancellationToken);

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

    /// <summary>The grid's community and street, or null when the id is not a grid of the caller's district.</summary>
    private static async Task<CaseUnits?> UnitsAboveAsync(GridDbContext db, Guid gridId, CancellationToken cancellationToken)
    {
        var ladder = await (
                from grid in db.Units
                where grid.Id == gridId && grid.Level == UnitLevel.Grid
                join community in db.Units on grid.ParentId equals community.Id
                join street in db.Units on community.ParentId equals street.Id
                select new { GridId = grid.Id, CommunityId = community.Id, StreetId = street.Id })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        return ladder is null ? null : new CaseUnits(ladder.GridId, ladder.CommunityId, ladder.StreetId);
    }

    /// <summary>Open cases of the same category in the same grid or the location's neighbourhood (SQL), kept by the duplicate policy.</summary>
    private static async Task<List<PossibleDuplicateResponse>> PossibleDuplicatesAsync(
        GridDbContext db, GridCase reported, double radiusMeters, CancellationToken cancellationToken)
    {
        var candidates = db.Cases.AsNoTracking()
            .Where(c => c.Category == reported.Category && CaseStatuses.Open.Contains(c.Status));
        if (reported.Location is { } here)
        {
            var (minLat, maxLat, minLon, maxLon) = here.BoundingBox(radiusMeters);
            candidates = candidates.Where(c => c.GridId == reported.GridId
                || (c.Location != null && c.Location.Lat >= minLat && c.Location.Lat <= maxLat && c.Location.Lon >= minLon && c.Location.Lon <= maxLon));
        }
        else
        {
            candidates = candidates.Where(c => c.GridId == reported.GridId);
        }

        var found = await candidates.OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return found
            .Where(c => DuplicatePolicy.IsPossibleDuplicate(reported, c, radiusMeters))
            .Select(c => new PossibleDuplicateResponse(c.Id, c.Title, c.Status, c.Level,
                reported.Location is { } from && c.Location is { } to ? Math.Round(from.MetersTo(to), 1) : null, c.CreatedAt))
            .OrderBy(d => d.DistanceMeters ?? double.MaxValue).ThenByDescending(d => d.CreatedAt)
            .Take(MaxPossibleDuplicates)
            .ToList();
    }
}
