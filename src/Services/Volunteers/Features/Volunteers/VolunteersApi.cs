using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Features;

namespace Governance.Volunteers.Features.Volunteers;

public static class VolunteersApi
{
    public static RouteGroupBuilder MapVolunteers(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateVolunteer.Handle).Validate<VolunteerRequest>()
            .WithSummary("Adds a volunteer to the talent pool with skills, weekly availability and focus groups; linked to the caller's account unless a coordinator names one.");
        api.MapGet("/", ListVolunteers.Handle).WithSummary("Volunteers by skill (subtree), unit (everything beneath) and kind, one page at a time.");
        api.MapGet("/{id:guid}", GetVolunteer.Handle).WithSummary("A volunteer; the phone is masked unless the caller administers the district or coordinates volunteers.");
        api.MapPut("/{id:guid}", UpdateVolunteer.Handle).Validate<VolunteerRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator).WithSummary("Replaces a volunteer's details.");
        api.MapPost("/{id:guid}/deactivate", ChangeActivity.Deactivate).RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator).WithSummary("Takes the volunteer out of matching.");
        api.MapPost("/{id:guid}/reactivate", ChangeActivity.Reactivate).RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator).WithSummary("Brings the volunteer back into matching.");
        api.MapPost("/{id:guid}/link", ChangeActivity.Link).Validate<LinkAccountRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator)
            .WithSummary("Links the volunteer to the account (token sub) that may act for them; null unlinks.");
        return api;
    }
}
