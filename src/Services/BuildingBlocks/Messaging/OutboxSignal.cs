using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace Governance.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the relay as soon as a transaction that wrote outbox rows commits, so events leave
/// within milliseconds instead of waiting for the next poll.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Notify()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the relay.
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => wake.Dispose();
}

internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the rows are not visible yet: TransactionCommitted wakes the relay then.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && HasPendingOutboxRows(context))
        {
            signal.Notify();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && HasPendingOutboxRows(context))
        {
            signal.Notify();
        }

        return Task.CompletedTask;
    }

    private static bool HasPendingOutboxRows(DbContext context) =>
        context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null);
}
