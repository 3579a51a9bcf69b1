using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Workers;

public static class ListWorkers
{
    public static async Task<Results<Ok<PagedResponse<WorkerResponse>>, ValidationProblem>> Handle(
        GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken,
        Guid? gridId = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<GridWorker>().AsNoTracking();
        if (gridId is not null)
        {
            query = query.Where(w => w.Assignments.Any(a => a.GridId == gridId));
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var workers = await query.OrderBy(w => w.Name).ThenBy(w => w.Id)
            .Skip((pageNumber - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        var viewer = await access.ViewerAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<WorkerResponse>(
            workers.Select(w => WorkerResponse.From(w, viewer)).ToList(), pageNumber, size, total));
    }
}
