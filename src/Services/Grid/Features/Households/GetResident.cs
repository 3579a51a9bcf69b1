using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Features.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Households;

public static class GetResident
{
    public static async Task<Results<Ok<ResidentResponse>, ProblemHttpResult>> Handle(
        Guid id, GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken)
    {
        var resident = await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return resident is null
            ? ApiProblems.NotFound("resident", id)
            : TypedResults.Ok(ResidentResponse.From(resident, await access.ViewerAsync(cancellationToken)));
    }
}
