using Governance.BuildingBlocks.Data;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Workers;

public static class UnassignWorker
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, Guid gridId, GridDbContext db, CancellationToken cancellationToken)
    {
        var worker = await db.Set<GridWorker>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (worker is null)
        {
            return ApiProblems.NotFound("grid worker", id);
        }

        if (!worker.UnassignFrom(gridId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Assignment not found.",
                detail: $"Grid worker '{id}' is not assigned to grid '{gridId}'.");
        }

        if (await db.SaveOrConflictAsync("grid worker", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }
}
