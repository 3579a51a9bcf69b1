using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Workers;

public sealed record AssignWorkerRequest(Guid? GridId, string? Duty);

public sealed class AssignWorkerValidator : AbstractValidator<AssignWorkerRequest>
{
    public AssignWorkerValidator()
    {
        RuleFor(r => r.GridId).NotEmpty();
        RuleFor(r => r.Duty).NotEmpty().MaximumLength(GridWorker.MaxDutyLength);
    }
}

public static class AssignWorker
{
    /// <summary>Assigns a worker to a grid with a duty segment; assigning again to the same grid replaces the duty.</summary>
    public static async Task<Results<Ok<WorkerResponse>, ProblemHttpResult>> Handle(
        Guid id, AssignWorkerRequest request, GridDbContext db, PersonalDataAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var worker = await db.Set<GridWorker>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (worker is null)
        {
            return ApiProblems.NotFound("grid worker", id);
        }

        var gridId = request.GridId!.Value;
        if (!await db.Units.AnyAsync(u => u.Id == gridId && u.Level == UnitLevel.Grid, cancellationToken))
        {
            return ApiProblems.Unprocessable($"gridId '{gridId}' names no grid of your district.");
        }

        worker.AssignTo(gridId, request.Duty!, clock.GetUtcNow());
        if (await db.SaveOrConflictAsync("grid worker", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(WorkerResponse.From(worker, await access.ViewerAsync(cancellationToken)));
    }
}
