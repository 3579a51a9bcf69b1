using System.Security.Claims;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Features.Skills;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>
/// Anyone of the district signs up, and the record belongs to their account; a coordinator may add someone
/// else, linked to the account it names or to none. Only a coordinator marks a credential verified (422 otherwise).
/// </summary>
public static class CreateVolunteer
{
    public static async Task<Results<Created<VolunteerResponse>, ProblemHttpResult>> Handle(
        VolunteerRequest request, ClaimsPrincipal user, VolunteersDbContext db, SkillTrees trees, ContactAccess access, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var coordinates = user.IsCoordinator();
        var refused = VolunteerOwnership.SignUpProblems(
            request.Account, [.. (request.Skills ?? []).Select(s => s.Credential?.Verified == true)], user.Subject(), coordinates);
        if (refused.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a rule.",
                detail: $"Only a volunteer coordinator or district admin may set {string.Join(", ", refused.Keys)}.",
                extensions: new Dictionary<string, object?> { ["errors"] = refused });
        }

        var (home, problem) = await VolunteerReferences.CheckAsync(request, db, trees, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var volunteer = Volunteer.Create(request.ToProfile(), home!.Id, home.Path, clock.GetUtcNow(),
            VolunteerOwnership.AccountFor(request.Account, user.Subject(), coordinates));
        db.Set<Volunteer>().Add(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/volunteers/{volunteer.Id}", VolunteerResponse.From(volunteer, access.Viewer));
    }
}
