using Governance.Places.Data;
using Governance.Places.Domain.Bookings;
using Governance.Places.Domain.Coverage;
using Governance.Places.Domain.Places;
using Governance.Places.Domain.Visits;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Insights;

/// <param name="Utilisation">Booked person-hours over capacity × opening hours in the period, for the kind's places that take bookings; null when none does.</param>
public sealed record KindStats(int Places, int Visits, int Bookings, double? Utilisation);

public sealed record StatsResponse(DateTimeOffset From, DateTimeOffset To, IReadOnlyDictionary<string, KindStats> ByKind);

public sealed record CoverageResponse(IReadOnlyList<CommunityGap> CommunitiesWithoutCentre, IReadOnlyList<StreetGapResponse> StreetsMissingStations);

public sealed record StreetGapResponse(Guid StreetId, string Name, IReadOnlyList<PlaceKind> MissingStations);

public static class Insights
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public static RouteGroupBuilder MapInsights(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", Stats).WithSummary("Visits, bookings and utilisation per kind of place, under a unit, over a period (the last 30 days by default).");
        api.MapGet("/coverage", Coverage).WithSummary("Communities without a party-mass service centre, and streets without each kind of service station.");
        return api;
    }

    public static async Task<Results<Ok<StatsResponse>, ValidationProblem, ProblemHttpResult>> Stats(
        PlacesDbContext db, DistrictTime time, TimeProvider clock, CancellationToken cancellationToken,
        Guid? unitId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var until = to ?? clock.GetUtcNow();
        var since = from ?? until - DefaultPeriod;
        if (since >= until || until - since > MaxPeriod)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"from must come before to, at most {MaxPeriod.TotalDays} days apart."] });
        }

        var places = db.Set<Place>().AsNoTracking();
        if (unitId is { } unit)
        {
            if (await db.UnitAsync(unit, cancellationToken) is null)
            {
                return ApiProblems.NotFound("unit", unit);
            }

            var units = await db.SubtreeAsync(unit, cancellationToken);
            places = places.Where(p => units.Contains(p.UnitId));
        }

        var chosen = await places.ToListAsync(cancellationToken);
        var ids = chosen.Select(p => p.Id).ToList();
        var visits = await db.Set<PlaceVisit>().AsNoTracking().Where(v => ids.Contains(v.PlaceId) && v.At >= since && v.At < until)
            .GroupBy(v => v.PlaceId).Select(g => new { PlaceId = g.Key, Count = g.Sum(v => v.Count) }).ToDictionaryAsync(g => g.PlaceId, g => g.Count, cancellationToken);
        var bookings = await db.Set<Booking>().AsNoTracking()
            .Where(b => ids.Contains(b.PlaceId) && b.Status == BookingStatus.Booked && b.From < until && b.To > since)
            .Select(b => new { b.PlaceId, b.From, b.To, b.PartySize }).ToListAsync(cancellationToken);
        var bookingsByPlace = bookings.ToLookup(b => b.PlaceId);

        var byKind = Enum.GetValues<PlaceKind>().ToDictionary(WireNames.Name, kind =>
        {
            var ofKind = chosen.Where(p => p.Kind == kind).ToList();
            var booked = ofKind.SelectMany(p => bookingsByPlace[p.Id]).ToList();
            var bookable = ofKind.Where(p => p.Capacity is not null).ToList();
            var offered = bookable.Sum(p => p.Capacity!.Value * p.Hours.OpenMinutesBetween(since, until, time.Zone));
            var used = booked.Sum(b => b.PartySize * ((b.To < until ? b.To : until) - (b.From > since ? b.From : since)).TotalMinutes);
            return new KindStats(ofKind.Count, ofKind.Sum(p => visits.GetValueOrDefault(p.Id)), booked.Count,
                offered > 0 ? Math.Round(used / offered, 4) : null);
        }, StringComparer.Ordinal);
        return TypedResults.Ok(new StatsResponse(since, until, byKind));
    }

    public static async Task<Results<Ok<CoverageResponse>, ProblemHttpResult>> Coverage(
        PlacesDbContext db, CancellationToken cancellationToken, Guid? unitId = null)
    {
        if (unitId is { } unit && await db.UnitAsync(unit, cancellationToken) is null)
        {
            return ApiProblems.NotFound("unit", unit);
        }

        var territory = await db.LadderAsync(cancellationToken);
        var open = await db.Set<Place>().AsNoTracking().Where(p => p.Status == PlaceStatus.Open)
            .Select(p => new PlaceAt(p.Kind, p.UnitId)).ToListAsync(cancellationToken);
        var report = CoverageGaps.Find(territory, open, unitId);
        return TypedResults.Ok(new CoverageResponse(report.CommunitiesWithoutCentre,
            report.StreetsMissingStations.Select(g => new StreetGapResponse(g.StreetId, g.Name, g.MissingStations)).ToList()));
    }
}
