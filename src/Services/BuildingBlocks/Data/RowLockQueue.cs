namespace Governance.BuildingBlocks.Data;

/// <summary>
/// Lets one request of this process at a time wait on a row's lock in PostgreSQL; the others wait
/// here, in order, without a statement running. Forty registrations for one activity at once each
/// waited on <c>SELECT … FOR UPDATE</c>, so the last waited out thirty-nine transactions inside one
/// statement and hit the 2 s statement timeout that exists to notice a frozen server (measured: 17
/// to 28 of 40 answered 503 on a freshly started service). Now only the head of the queue waits in
/// PostgreSQL, for one transaction at most; the rest wait here, up to <see cref="Patience"/>.
/// </summary>
internal static class RowLockQueue
{
    /// <summary>How long a request waits for its turn before it answers 503 with Retry-After.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<(string Table, Guid Id), Turn> Turns = [];

    public static async Task<T> InTurnAsync<T>(string table, Guid id, Func<Task<T>> lockRow, CancellationToken cancellationToken)
    {
        var key = (table, id);
        Turn turn;
        lock (Turns)
        {
            if (!Turns.TryGetValue(key, out turn!))
            {
                Turns[key] = turn = new Turn();
            }

            turn.Waiting++;
        }

        try
        {
            if (!await turn.Gate.WaitAsync(Patience, cancellationToken))
            {
                throw new RowLockTimeoutException($"The {table} row {id} stayed locked by other requests for {Patience.TotalSeconds} s.");
            }

            try
            {
                return await lockRow();
            }
            finally
            {
                turn.Gate.Release();
            }
        }
        finally
        {
            lock (Turns)
            {
                if (--turn.Waiting == 0)
                {
                    Turns.Remove(key);
                    turn.Gate.Dispose();
                }
            }
        }
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Waiting { get; set; }
    }
}

/// <summary>A row stayed locked longer than a request waits: the database is busy, nothing was changed, retry later.</summary>
public sealed class RowLockTimeoutException(string message) : TimeoutException(message);
