using Governance.Party.Data;
using Governance.Party.Domain.Alliances;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Alliances;

public static class ListAlliances
{
    public static async Task<Results<Ok<PagedResponse<AllianceResponse>>, ValidationProblem>> Handle(
        PartyDbContext db, CancellationToken cancellationToken, Guid? communityUnitId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (communityUnitId is null)
        {
            errors["communityUnitId"] = ["communityUnitId is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<PartyAlliance>().AsNoTracking().Where(a => a.CommunityUnitId == communityUnitId);
        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(a => a.SignedOn).ThenBy(a => a.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<AllianceResponse>(items.Select(AllianceResponse.From).ToList(), pageNumber, size, total));
    }
}
