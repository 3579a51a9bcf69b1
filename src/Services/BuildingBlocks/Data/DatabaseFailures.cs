using Npgsql;

namespace Governance.BuildingBlocks.Data;

public static class DatabaseFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> says the database is unavailable (a timeout, a refused or
    /// broken connection, a server shutting down, a row locked for too long) rather than that a statement was wrong, wherever EF
    /// wrapped it. The statement's transaction was rolled back: nothing of the work was committed.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is NpgsqlException { IsTransient: true } or RowLockTimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
