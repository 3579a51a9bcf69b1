using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Party.Features.Organizations;

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder api)
    {
        var organizations = api.MapGroup("/organizations");
        organizations.MapPost("/", CreateOrganization.Handle).Validate<CreateOrganizationRequest>().RequireRoleOrDistrictAdmin(Roles.PartyOrganizer)
            .WithSummary("Adds a party organisation on a unit of the territory, under the organisation one level above; mobile: true makes a mobile branch.");
        organizations.MapGet("/{id:guid}", GetOrganization.Handle).WithSummary("An organisation with its ancestors and children.");
        organizations.MapGet("/{id:guid}/tree", OrganizationTree.Handle).WithSummary("The organisations beneath one, nested, down to depth levels.");
        api.MapGet("/coverage", GetCoverage.Handle)
            .WithSummary("Which communities, grids and buildings under a unit have no organisation at their level, and the coverage ratio per level.");
        return api;
    }
}
