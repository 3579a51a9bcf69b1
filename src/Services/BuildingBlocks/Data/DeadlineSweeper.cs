using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Governance.BuildingBlocks.Data;

/// <summary>
/// Acts on the records of every district whose deadline passed (a case to escalate, a wish to expire).
/// The deadlines live in the table, so nothing is lost across restarts; every replica polls, each batch
/// is claimed with <c>FOR UPDATE SKIP LOCKED</c> so replicas never take the same rows, and each record
/// is handled and saved in its own district's scope (the district checks on saving apply), the batch
/// in one transaction. A full batch is followed by the next one at once.
/// </summary>
public abstract partial class DeadlineSweeper<TContext, TRecord>(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
    : BackgroundService
    where TContext : DistrictDbContext
    where TRecord : class, IDistrictOwned
{
    protected ILogger Logger => logger;

    protected abstract TimeSpan PollInterval { get; }

    protected abstract int BatchSize { get; }

    /// <summary>
    /// Selects the ids (<c>"Id" AS "Value"</c>) of due records, in the order to handle them:
    /// <c>{0}</c> is now and <c>{1}</c> the batch size; it ends with <c>FOR UPDATE SKIP LOCKED</c>.
    /// </summary>
    protected abstract string DueIdsSql { get; }

    /// <summary>The due records of <paramref name="ids"/>, in every district.</summary>
    protected abstract IQueryable<TRecord> Due(TContext db, IReadOnlyCollection<Guid> ids);

    /// <summary>Acts on one record whose deadline passed; the sweeper saves it.</summary>
    protected abstract void Handle(TContext db, TRecord record, DateTimeOffset now);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, clock);
        do
        {
            try
            {
                while (await SweepBatchAsync(stoppingToken) == BatchSize)
                {
                    // a full batch: more records may be due
                }
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The migration runner starts with the service; until it is done nothing can be due.
                LogNotMigrated(logger, GetType().Name);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> SweepBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        var ids = await db.Database.SqlQueryRaw<Guid>(DueIdsSql, now, BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        foreach (var record in await Due(db, ids).IgnoreQueryFilters().ToListAsync(cancellationToken))
        {
            using (DistrictScope.Enter(record.District, logger))
            {
                Handle(db, record, now);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    [LoggerMessage(LogLevel.Debug, "{Sweeper}: the table does not exist yet; waiting for the migrations")]
    private static partial void LogNotMigrated(ILogger logger, string sweeper);

    [LoggerMessage(LogLevel.Warning, "{Sweeper} failed; retrying at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception ex, string sweeper);
}
