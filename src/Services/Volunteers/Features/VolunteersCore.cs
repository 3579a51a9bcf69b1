using Governance.Volunteers.Features.Needs;
using Governance.Volunteers.Features.Skills;
using Governance.Volunteers.Features.Teams;
using Governance.Volunteers.Features.Volunteers;

namespace Governance.Volunteers.Features;

/// <summary>The talent pool: skill tree, volunteers, teams, needs with matching and assignments.</summary>
public static class VolunteersCore
{
    public static IServiceCollection AddVolunteersCore(this IServiceCollection services) =>
        services.AddScoped<SkillTrees>().AddScoped<ContactAccess>();

    public static RouteGroupBuilder MapVolunteersCore(this RouteGroupBuilder api) =>
        api.MapSkills().MapTeams().MapNeeds().MapVolunteers();
}
