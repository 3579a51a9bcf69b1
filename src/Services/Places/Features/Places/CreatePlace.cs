using Governance.BuildingBlocks.Messaging;
using Governance.Contracts.Places;
using Governance.Places.Data;
using Governance.Places.Domain.Partners;
using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Places;

public static class CreatePlace
{
    public static async Task<Results<Created<PlaceResponse>, ProblemHttpResult>> Handle(
        CreatePlaceRequest request, PlacesDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("open a place");
        var unitId = request.UnitId!.Value;
        if (await db.UnitAsync(unitId, cancellationToken) is not { } unit)
        {
            return ApiProblems.Unprocessable(Territory.UnknownUnit("unitId", unitId));
        }

        var location = new GeoPoint(request.Location!.Lat!.Value, request.Location.Lon!.Value);
        if (await db.LocationRefusalAsync(unit, location, cancellationToken) is { } outside)
        {
            return ApiProblems.Unprocessable(new Dictionary<string, string[]> { ["location"] = [outside] });
        }

        if (request.Operator!.PartnerId is { } partnerId && !await db.Set<Partner>().AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            return ApiProblems.Unprocessable($"operator.partnerId '{partnerId}' names no partner of your district.");
        }

        var hours = WeeklyHours.From((request.OpeningHours ?? []).Select(s =>
            new OpeningSpan(s!.Day!.Value, ClockTime.Minutes(s.From)!.Value, ClockTime.Minutes(s.To)!.Value)));
        if (hours.Error is { } badHours)
        {
            return ApiProblems.From(badHours);
        }

        var now = clock.GetUtcNow();
        var created = Place.Create(new NewPlace(
            request.Kind!.Value, request.Name!, unitId, location, request.Address,
            hours.Value!, (request.Services ?? []).Select(s => s!).ToList(), request.Capacity, request.Operator.Kind!.Value, request.Operator.PartnerId), now);
        if (created.Error is { } refused)
        {
            return ApiProblems.From(refused);
        }

        var place = created.Value!;
        db.Set<Place>().Add(place);
        db.Raise(new PlaceOpened(Guid.CreateVersion7(now), district, now, place.Id, WireNames.Name(place.Kind), place.Name, place.UnitId, place.Latitude, place.Longitude), place.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/{PlacesServices.Domain}/{place.Id}", PlaceResponse.From(place));
    }
}
