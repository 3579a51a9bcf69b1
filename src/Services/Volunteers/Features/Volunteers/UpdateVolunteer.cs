using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Features.Skills;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Volunteers;

public static class UpdateVolunteer
{
    /// <summary>Replaces the volunteer's details with the body (same shape as creation).</summary>
    public static async Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> Handle(
        Guid id, VolunteerRequest request, VolunteersDbContext db, SkillTrees trees, ContactAccess access, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (volunteer is null)
        {
            return ApiProblems.NotFound("volunteer", id);
        }

        var (home, problem) = await VolunteerReferences.CheckAsync(request, db, trees, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        volunteer.Update(request.ToProfile(), home!.Id, home.Path);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VolunteerResponse.From(volunteer, access.Viewer));
    }
}
