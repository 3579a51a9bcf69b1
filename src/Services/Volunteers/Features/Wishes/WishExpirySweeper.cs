using Governance.ServiceDefaults.Districts;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Governance.Volunteers.Features.Wishes;

/// <summary>Settings under <c>Wishes</c>.</summary>
public sealed class WishesOptions
{
    public const string Section = "Wishes";

    /// <summary>How often each replica records the expiry of wishes whose deadline passed.</summary>
    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many wishes are expired per transaction.</summary>
    public int ExpiryBatchSize { get; set; } = 100;
}

/// <summary>
/// Writes down the expiry of posted or claimed wishes past their deadline. Reads already show them
/// expired (<see cref="MicroWish.StatusAt"/>) and actions refuse them, so the sweeper only makes the
/// stored status and the history catch up; every replica sweeps, <c>FOR UPDATE SKIP LOCKED</c> keeps
/// them off each other's rows, and <see cref="MicroWish.Expire"/> records an expiry once.
/// </summary>
internal sealed partial class WishExpirySweeper(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<WishesOptions> options, ILogger<WishExpirySweeper> logger)
    : BackgroundService
{
    private static readonly string DueWishesSql =
        $"SELECT \"Id\" AS \"Value\" FROM {MicroWishConfiguration.Table} WHERE {MicroWishConfiguration.SweeperFilter} AND \"Deadline\" <= {{0}} "
        + "ORDER BY \"Deadline\" LIMIT {1} FOR UPDATE SKIP LOCKED";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.ExpiryPollInterval, clock);
        do
        {
            try
            {
                while (await ExpireDueWishesAsync(settings.ExpiryBatchSize, stoppingToken) == settings.ExpiryBatchSize)
                {
                    // a full batch: more wishes may be waiting
                }
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The migration runner starts with the service; until it is done there is nothing to sweep.
                LogNotMigrated();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ExpireDueWishesAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VolunteersDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Across all districts: each wish is saved in its own district's scope below.
        var ids = await db.Database.SqlQueryRaw<Guid>(DueWishesSql, now, batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var due = await db.Set<MicroWish>().IgnoreQueryFilters().Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken);
        foreach (var wish in due)
        {
            using (DistrictScope.Enter(wish.District, logger))
            {
                if (wish.Expire(now))
                {
                    LogExpired(wish.Id, wish.Deadline);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    [LoggerMessage(LogLevel.Information, "Wish {WishId} passed its deadline {Deadline} unfulfilled and expired")]
    private partial void LogExpired(Guid wishId, DateTimeOffset? deadline);

    [LoggerMessage(LogLevel.Debug, "The micro_wishes table does not exist yet; the expiry sweeper waits for the migrations")]
    private partial void LogNotMigrated();

    [LoggerMessage(LogLevel.Warning, "The wish expiry sweeper failed; retrying at the next poll")]
    private partial void LogFailed(Exception ex);
}
