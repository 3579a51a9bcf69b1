using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Features.Households;

public static class HouseholdsApi
{
    public static RouteGroupBuilder MapHouseholds(this RouteGroupBuilder api)
    {
        var households = api.MapGroup("/households");
        households.MapPost("/", CreateHousehold.Handle).Validate<CreateHouseholdRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker)
            .WithSummary("Adds a household behind a door of a building.");
        households.MapGet("/{id:guid}", GetHousehold.Handle)
            .WithSummary("A household with its residents (ID and phone numbers masked unless the caller may see them).");
        households.MapPost("/{id:guid}/residents", AddResident.Handle).Validate<AddResidentRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker)
            .WithSummary("Adds a resident to a household, with special-group tags.");

        var residents = api.MapGroup("/residents");
        residents.MapGet("/{id:guid}", GetResident.Handle).WithSummary("A resident (personal data masked unless allowed).");
        residents.MapGet("/", ListResidents.Handle)
            .WithSummary("Residents of a grid or building, optionally of one special group, one page at a time.");
        residents.MapPut("/{id:guid}/special-groups", TagResident.Handle).Validate<TagResidentRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker)
            .WithSummary("Replaces a resident's special-group tags.");
        return api;
    }
}
