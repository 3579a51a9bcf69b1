using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Features;

namespace Governance.Volunteers.Features.Needs;

public static class NeedsApi
{
    public static RouteGroupBuilder MapNeeds(this RouteGroupBuilder api)
    {
        var needs = api.MapGroup("/needs");
        needs.MapPost("/", CreateNeed.Handle).Validate<CreateNeedRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator)
            .WithSummary("Records a need for volunteers with a skill at a unit during a window.");
        needs.MapGet("/", ListNeeds.Handle).WithSummary("Needs by status and unit (everything beneath included), newest first.");
        needs.MapGet("/{id:guid}", GetNeed.Handle).WithSummary("A need with its assignments.");
        needs.MapGet("/{id:guid}/matches", GetMatches.Handle).WithSummary("The best candidates for a need, each score explained factor by factor.");
        needs.MapPost("/{id:guid}/assignments", AssignVolunteers.Handle).Validate<AssignRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator)
            .WithSummary("Assigns picked volunteers, or the best free matches with auto: true; the requesting service is told.");
        needs.MapDelete("/{id:guid}/assignments/{volunteerId:guid}", ReleaseVolunteer.Handle).RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator)
            .WithSummary("Releases a volunteer from a need; the requesting service is told the new list.");
        return api;
    }
}
