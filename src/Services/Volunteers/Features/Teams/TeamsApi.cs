using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Features;

namespace Governance.Volunteers.Features.Teams;

public static class TeamsApi
{
    public static RouteGroupBuilder MapTeams(this RouteGroupBuilder api)
    {
        var teams = api.MapGroup("/teams");
        teams.MapPost("/", CreateTeam.Handle).Validate<CreateTeamRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator).WithSummary("Creates a volunteer team (e.g. 红色帮帮团) with its focus groups and members.");
        teams.MapGet("/", ListTeams.Handle).WithSummary("Teams, optionally of one home unit.");
        teams.MapGet("/{id:guid}", GetTeam.Handle).WithSummary("A team with its members.");
        teams.MapPost("/{id:guid}/members", TeamMembership.Join).Validate<AddMemberRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator).WithSummary("Adds a volunteer to the team.");
        teams.MapDelete("/{id:guid}/members/{volunteerId:guid}", TeamMembership.Leave).RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator).WithSummary("Removes a volunteer from the team.");
        return api;
    }
}
