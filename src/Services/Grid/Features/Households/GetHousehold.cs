using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Features.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Households;

public static class GetHousehold
{
    public static async Task<Results<Ok<HouseholdResponse>, ProblemHttpResult>> Handle(
        Guid id, GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken)
    {
        var household = await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return ApiProblems.NotFound("household", id);
        }

        var residents = await db.Set<Resident>().AsNoTracking()
            .Where(r => r.HouseholdId == id).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(HouseholdResponse.From(household, residents, await access.ViewerAsync(cancellationToken)));
    }
}
