using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Features.Skills;

public static class SkillsApi
{
    public static RouteGroupBuilder MapSkills(this RouteGroupBuilder api)
    {
        var skills = api.MapGroup("/skills");
        skills.MapGet("/", ListSkills.Handle).WithSummary("The skill tree: platform skills and the district's own, each with its parent.");
        skills.MapPost("/", AddSkill.Handle).Validate<AddSkillRequest>().RequireRoleOrDistrictAdmin(Roles.VolunteerCoordinator)
            .WithSummary("Adds a district skill beneath an existing one (or at the top); volunteer coordinator or district admin.");
        return api;
    }
}
