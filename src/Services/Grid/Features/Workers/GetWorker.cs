using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Workers;

public static class GetWorker
{
    public static async Task<Results<Ok<WorkerResponse>, ProblemHttpResult>> Handle(
        Guid id, GridDbContext db, PersonalDataAccess access, CancellationToken cancellationToken)
    {
        var worker = await db.Set<GridWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        return worker is null
            ? ApiProblems.NotFound("grid worker", id)
            : TypedResults.Ok(WorkerResponse.From(worker, await access.ViewerAsync(cancellationToken)));
    }
}
