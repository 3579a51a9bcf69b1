using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Party.Features.Groups;

public static class GroupsApi
{
    public static RouteGroupBuilder MapGroups(this RouteGroupBuilder api)
    {
        var groups = api.MapGroup("/groups");
        groups.MapPost("/", CreateGroup.Handle).Validate<CreateGroupRequest>().RequireRoleOrDistrictAdmin(Roles.PartyOrganizer)
            .WithSummary("Forms a 3+2 group in a grid: exactly one party representative, NPC deputy, CPPCC member, grid worker and volunteer.");
        groups.MapGet("/", ListGroups.Handle).WithSummary("A grid's 3+2 groups.");
        groups.MapGet("/{id:guid}/visits", ListGroupVisits.Handle).WithSummary("The door visits a group made, as the grid service recorded them.");
        return api;
    }
}
