using Governance.Grid.Data;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Grid.Features.Workers;

internal static class AssignmentSaves
{
    /// <summary>
    /// Saves a change to a worker's assignments, or answers 409 when a concurrent request assigned or
    /// unassigned the same worker and grid first (the row it inserts or deletes was already there or gone).
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveAsync(GridDbContext db, Guid workerId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException
            || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("The assignment changed meanwhile.",
                $"Grid worker {workerId} was assigned or unassigned by another request while this one ran; read it again and retry.");
        }
    }
}
