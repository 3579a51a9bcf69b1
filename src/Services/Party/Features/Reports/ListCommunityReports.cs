using Governance.Party.Data;
using Governance.Party.Domain.Members;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Reports;

public static class ListCommunityReports
{
    public static async Task<Results<Ok<PagedResponse<ReportResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid communityUnitId, PartyDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.UnitAsync(communityUnitId, cancellationToken) is not { Level: "community" })
        {
            return ApiProblems.NotFound("community", communityUnitId);
        }

        var query = db.Set<DoubleReport>().AsNoTracking().Where(r => r.CommunityUnitId == communityUnitId);
        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<ReportResponse>(items.Select(ReportResponse.From).ToList(), pageNumber, size, total));
    }
}
