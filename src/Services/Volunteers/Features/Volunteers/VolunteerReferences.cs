using Governance.Volunteers.Data;
using Governance.Volunteers.Features.Skills;
using Microsoft.AspNetCore.Http.HttpResults;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>Checks what a volunteer body names: a home community or grid of the district, skills of its tree.</summary>
internal static class VolunteerReferences
{
    public static async Task<(PlacedUnit? Home, ProblemHttpResult? Problem)> CheckAsync(
        VolunteerRequest request, VolunteersDbContext db, SkillTrees trees, CancellationToken cancellationToken)
    {
        var tree = await trees.CurrentAsync(cancellationToken);
        if (request.Skills!.FirstOrDefault(s => !tree.Contains(s.Skill!)) is { } unknown)
        {
            return (null, ApiProblems.Unprocessable($"skills: '{unknown.Skill}' is not in the skill tree (GET /api/volunteers/skills)."));
        }

        var home = await UnitPaths.PlaceAsync(db, request.HomeUnitId!.Value, cancellationToken);
        return home is { Level: "community" or "grid" }
            ? (home, null)
            : (null, ApiProblems.Unprocessable($"homeUnitId '{request.HomeUnitId}' names no community or grid of your district."));
    }
}
