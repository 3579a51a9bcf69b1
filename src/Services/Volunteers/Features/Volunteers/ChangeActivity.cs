using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>
/// A coordinator's changes to a volunteer's standing: deactivating takes a volunteer out of matching (their
/// current assignments stay), reactivating brings them back, linking names the account that acts for them.
/// </summary>
public static class ChangeActivity
{
    public static Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> Link(
        Guid id, LinkAccountRequest request, VolunteersDbContext db, ContactAccess access, CancellationToken cancellationToken) =>
        ApplyAsync(id, db, access, v => v.LinkAccount(request.Account), cancellationToken);

    public static Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> Deactivate(
        Guid id, VolunteersDbContext db, ContactAccess access, CancellationToken cancellationToken) =>
        ApplyAsync(id, db, access, v => v.Deactivate(), cancellationToken);

    public static Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> Reactivate(
        Guid id, VolunteersDbContext db, ContactAccess access, CancellationToken cancellationToken) =>
        ApplyAsync(id, db, access, v => v.Reactivate(), cancellationToken);

    private static async Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> ApplyAsync(
        Guid id, VolunteersDbContext db, ContactAccess access, Action<Volunteer> change, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (volunteer is null)
        {
            return ApiProblems.NotFound("volunteer", id);
        }

        change(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VolunteerResponse.From(volunteer, access.Viewer));
    }
}
