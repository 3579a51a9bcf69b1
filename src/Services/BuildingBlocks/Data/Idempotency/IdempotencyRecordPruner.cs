using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.BuildingBlocks.Data.Idempotency;

/// <summary>Removes Idempotency-Keys older than the retention; every replica may run it, deleting twice is harmless.</summary>
internal sealed partial class IdempotencyRecordPruner(
    IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider time, ILogger<IdempotencyRecordPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cutoff = time.GetUtcNow() - options.Value.Retention;
                var removed = await scope.ServiceProvider.GetRequiredService<DistrictDbContext>().Set<IdempotencyRecord>()
                    .Where(r => r.CreatedAt < cutoff)
                    .ExecuteDeleteAsync(stoppingToken);
                LogPruned(removed);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPruneFailed(ex);
            }
        }
    }

    [LoggerMessage(LogLevel.Debug, "Removed {Count} expired Idempotency-Keys")]
    private partial void LogPruned(int count);

    [LoggerMessage(LogLevel.Warning, "Removing expired Idempotency-Keys failed; trying again at the next interval")]
    private partial void LogPruneFailed(Exception ex);
}
