using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.BuildingBlocks.Data;

/// <summary>
/// Statements that take a lock commands of one record (or one district) queue on. Waiting in that
/// queue is the design, not a hung database, so it gets longer than a statement's 2 s
/// (<c>Database:CommandSeconds</c>): forty registrations for one activity, or sixteen streets
/// created at once, on a loaded machine, otherwise answered some of their callers 503.
/// </summary>
public static class RowLocks
{
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(15);

    /// <summary>Runs <paramref name="lockingSql"/> (e.g. <c>SELECT … FOR UPDATE</c>) in the caller's transaction, waiting up to <see cref="LockWait"/>.</summary>
    public static async Task WaitForLockAsync(this DatabaseFacade database, FormattableString lockingSql, CancellationToken cancellationToken)
    {
        var statementTimeout = database.GetCommandTimeout();
        database.SetCommandTimeout(LockWait);
        try
        {
            await database.ExecuteSqlAsync(lockingSql, cancellationToken);
        }
        finally
        {
            database.SetCommandTimeout(statementTimeout);
        }
    }
}
