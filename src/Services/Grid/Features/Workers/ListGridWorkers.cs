using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Workers;

public static class ListGridWorkers
{
    public static async Task<Results<Ok<PagedResponse<GridWorkerResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid gridId, GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken,
        int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Units.AnyAsync(u => u.Id == gridId && u.Level == UnitLevel.Grid, cancellationToken))
        {
            return ApiProblems.NotFound("grid", gridId);
        }

        var query = db.Set<GridWorker>().AsNoTracking().Where(w => w.Assignments.Any(a => a.GridId == gridId));
        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var workers = await query.OrderBy(w => w.Name).ThenBy(w => w.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var viewer = await access.ViewerAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<GridWorkerResponse>(
            workers.Select(w => GridWorkerResponse.From(w, gridId, viewer)).ToList(), pageNumber, size, total));
    }
}
