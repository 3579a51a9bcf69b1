using Governance.BuildingBlocks.Data;
using Governance.Places.Data;
using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Places;

public static class ReadPlaces
{
    public const double DefaultRadiusMeters = 1_000;
    public const double MaxRadiusMeters = 50_000;

    public static async Task<Results<Ok<PlaceResponse>, ProblemHttpResult>> Get(Guid id, PlacesDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Place>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } place
            ? TypedResults.Ok(PlaceResponse.From(place))
            : ApiProblems.NotFound("place", id);

    /// <summary>
    /// The district's places, by name: of a kind, in a unit or anywhere beneath it, open at an instant
    /// (open and inside its opening hours then, in the district's time zone).
    /// </summary>
    [QueryEnum<PlaceKind>("kind")]
    public static async Task<Results<Ok<PagedResponse<PlaceResponse>>, ValidationProblem, ProblemHttpResult>> List(
        PlacesDbContext db, DistrictTime time, CancellationToken cancellationToken,
        string? kind = null, Guid? unitId = null, DateTimeOffset? openAt = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var wanted = WireNames.Filter<PlaceKind>(kind, "kind", errors);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<Place>().AsNoTracking();
        if (wanted is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        if (unitId is { } unit)
        {
            if (await db.UnitAsync(unit, cancellationToken) is null)
            {
                return ApiProblems.NotFound("unit", unit);
            }

            var units = await db.SubtreeAsync(unit, cancellationToken);
            query = query.Where(p => units.Contains(p.UnitId));
        }

        var byName = query.OrderBy(p => p.Name).ThenBy(p => p.Id);
        if (openAt is { } instant)
        {
            // Opening hours are a jsonb week, judged in the district's zone: filtered here. A district has hundreds of places, not millions.
            var open = (await byName.Where(p => p.Status == PlaceStatus.Open).ToListAsync(cancellationToken)).Where(p => p.IsOpenAt(instant, time.Zone)).ToList();
            return TypedResults.Ok(Paging.Page(open, page, pageSize, PlaceResponse.From));
        }

        return TypedResults.Ok(await byName.ToPageAsync(page, pageSize, PlaceResponse.From, cancellationToken));
    }

    /// <summary>Places within a radius of a point, nearest first (closed ones included, marked so).</summary>
    [QueryEnum<PlaceKind>("kind")]
    public static async Task<Results<Ok<PagedResponse<NearPlaceResponse>>, ValidationProblem>> Near(
        PlacesDbContext db, CancellationToken cancellationToken,
        double? lat = null, double? lon = null, double? radiusMeters = null, string? kind = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (lat is not (>= -90 and <= 90))
        {
            errors["lat"] = ["lat is required, between -90 and 90."];
        }

        if (lon is not (>= -180 and <= 180))
        {
            errors["lon"] = ["lon is required, between -180 and 180."];
        }

        if (radiusMeters is not null and not (> 0 and <= MaxRadiusMeters))
        {
            errors["radiusMeters"] = [$"radiusMeters must be above 0 and at most {MaxRadiusMeters}."];
        }

        var wanted = WireNames.Filter<PlaceKind>(kind, "kind", errors);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var here = new GeoPoint(lat!.Value, lon!.Value);
        var radius = radiusMeters ?? DefaultRadiusMeters;
        var (minLat, maxLat, minLon, maxLon) = here.BoxAround(radius);
        var query = db.Set<Place>().AsNoTracking()
            .Where(p => p.Latitude >= minLat && p.Latitude <= maxLat && p.Longitude >= minLon && p.Longitude <= maxLon);
        if (wanted is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        var near = (await query.ToListAsync(cancellationToken))
            .Select(p => new NearPlaceResponse(Math.Round(here.MetersTo(p.Location), 1), PlaceResponse.From(p)))
            .Where(p => p.DistanceMeters <= radius)
            .OrderBy(p => p.DistanceMeters).ThenBy(p => p.Place.Id)
            .ToList();
        return TypedResults.Ok(Paging.Page(near, page, pageSize, p => p));
    }
}
