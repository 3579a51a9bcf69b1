using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Party.Features.Alliances;

public static class AlliancesApi
{
    public static RouteGroupBuilder MapAlliances(this RouteGroupBuilder api)
    {
        var alliances = api.MapGroup("/alliances");
        alliances.MapPost("/", CreateAlliance.Handle).Validate<CreateAllianceRequest>().RequireRoleOrDistrictAdmin(Roles.PartyOrganizer)
            .WithSummary("Records a party alliance (党建联盟) of a community with an outside unit: agreement, cooperation items, co-construction projects.");
        alliances.MapGet("/", ListAlliances.Handle).WithSummary("A community's party alliances.");
        return api;
    }
}
