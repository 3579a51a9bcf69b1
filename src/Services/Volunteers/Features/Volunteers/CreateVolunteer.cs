using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Features.Skills;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Volunteers.Features.Volunteers;

public static class CreateVolunteer
{
    public static async Task<Results<Created<VolunteerResponse>, ProblemHttpResult>> Handle(
        VolunteerRequest request, VolunteersDbContext db, SkillTrees trees, ContactAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (home, problem) = await VolunteerReferences.CheckAsync(request, db, trees, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var volunteer = Volunteer.Create(request.ToProfile(), home!.Id, home.Path, clock.GetUtcNow());
        db.Set<Volunteer>().Add(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/volunteers/{volunteer.Id}", VolunteerResponse.From(volunteer, access.Viewer));
    }
}
