using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Volunteers;

public static class GetVolunteer
{
    public static async Task<Results<Ok<VolunteerResponse>, ProblemHttpResult>> Handle(
        Guid id, VolunteersDbContext db, ContactAccess access, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return volunteer is null
            ? ApiProblems.NotFound("volunteer", id)
            : TypedResults.Ok(VolunteerResponse.From(volunteer, access.Viewer));
    }
}
