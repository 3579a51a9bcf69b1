using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Places.Features.Places;

public static class PlacesApi
{
    public static RouteGroupBuilder MapPlaces(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreatePlace.Handle).Validate<CreatePlaceRequest>().RequireRoleOrDistrictAdmin(Roles.PlaceManager)
            .WithSummary("Opens a place in a unit of the district: a service station, the party-mass service centre, or a partner-run room.");
        api.MapGet("/", ReadPlaces.List).WithSummary("The district's places by name: of a kind, in a unit or beneath it, open at an instant.");
        api.MapGet("/near", ReadPlaces.Near).WithSummary("Places within a radius of a point, nearest first.");
        api.MapGet("/{id:guid}", ReadPlaces.Get).WithSummary("One place of the caller's district.");
        api.MapPost("/{id:guid}/close", ClosePlace.Close).Validate<ClosePlaceRequest>().RequireRoleOrDistrictAdmin(Roles.PlaceManager)
            .WithSummary("Closes a place (its bookings stay; it takes no new ones).");
        api.MapPost("/{id:guid}/reopen", ClosePlace.Reopen).RequireRoleOrDistrictAdmin(Roles.PlaceManager).WithSummary("Opens a closed place again.");
        return api;
    }
}
