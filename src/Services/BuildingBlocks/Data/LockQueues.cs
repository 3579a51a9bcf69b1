using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Governance.BuildingBlocks.Data;

/// <summary>
/// Statements that queue for a lock other commands of the same record or district hold (a row
/// <c>FOR UPDATE</c>, an advisory lock). Queueing is the design, not a hung database: forty
/// registrations for one activity, or sixteen streets created at once, queued longer than a
/// statement's 2 s (<c>Database:CommandSeconds</c>) on a loaded machine and answered callers 503.
/// A plain longer client timeout was tried and dropped: a street creation caught by a PostgreSQL
/// freeze then answered after 8 s instead of a fast 503. So the wait is cut into server-side slices
/// (<c>lock_timeout</c>, shorter than the client's timeout): a slice that ends in
/// <c>lock_not_available</c> proves the server answers, and the statement queues again, for up to
/// <see cref="LongestWait"/>. A frozen server answers no slice, and the client's timeout still ends
/// the request within a statement's time.
/// </summary>
public static class LockQueues
{
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(15);

    // One slice of the queue: 1 s, half the client's 2 s statement timeout, so a live server ends it first.
    private const string QueueOneSlice = "SAVEPOINT lock_queue; SET LOCAL lock_timeout = '1s'";

    /// <summary>Runs <paramref name="lockingSql"/> in the caller's transaction, queueing while the database answers.</summary>
    public static async Task WaitForLockAsync(this DatabaseFacade database, FormattableString lockingSql, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A lock is held by a transaction; begin one first.");
        }

        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            // The savepoint lets a slice that ran out be undone without failing the caller's transaction;
            // rolling back to it also undoes the slice's lock_timeout.
            await database.ExecuteSqlRawAsync(QueueOneSlice, cancellationToken);
            try
            {
                await database.ExecuteSqlAsync(lockingSql, cancellationToken);
                await database.ExecuteSqlRawAsync("RELEASE SAVEPOINT lock_queue; SET LOCAL lock_timeout = DEFAULT", cancellationToken);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable && Stopwatch.GetElapsedTime(started) < LongestWait)
            {
                await database.ExecuteSqlRawAsync("ROLLBACK TO SAVEPOINT lock_queue", cancellationToken);
            }
        }
    }
}
