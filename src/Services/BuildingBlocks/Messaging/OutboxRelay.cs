using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.BuildingBlocks.Messaging;

/// <summary>
/// Publishes the outbox of one service's database to RabbitMQ. Only one replica relays at a
/// time (a transaction-scoped advisory lock), rows are taken in id order with
/// <c>FOR UPDATE SKIP LOCKED</c>, each aggregate's rows are published one after another (so
/// their order holds) while different aggregates go concurrently, every publish waits for the
/// broker's confirm, and a row is stamped sent (in the same transaction) only when its own confirm
/// arrived: see <see cref="AggregatePublication"/>. A crash between publish and commit
/// republishes; consumers' inboxes absorb that.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxMetrics metrics,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : MessagingDbContext
{
    // Any constant works: each service has a database of its own.
    private const long RelayLockKey = 0x6F7574626F78;

    private static readonly ActivitySource Source = new(GovernanceTelemetry.SourceName);

    private DateTimeOffset nextCleanup;
    private DateTimeOffset nextMetricsRefresh;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RelayEnabled)
        {
            return;
        }

        var backoff = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var relayed = await RelayBatchAsync(settings, stoppingToken);
                await CleanupIfDueAsync(settings, stoppingToken);
                backoff = TimeSpan.FromMilliseconds(100);
                if (relayed == settings.RelayBatchSize)
                {
                    continue; // more are waiting
                }

                await signal.WaitAsync(settings.RelayPollInterval, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRelayFailed(ex, backoff.TotalMilliseconds);
                await Task.Delay(backoff, clock, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.RelayMaxBackoff.Ticks));
            }
        }
    }

    private async Task<int> RelayBatchAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false; // a failed pass rolls back whole

        if (clock.GetUtcNow() >= nextMetricsRefresh)
        {
            // Pending count and age are for dashboards and /health: once a second is enough, not once
            // per wake-up; every replica reads them, so whichever one answers /health knows.
            nextMetricsRefresh = clock.GetUtcNow().AddSeconds(1);
            await metrics.RefreshAsync(db, cancellationToken);
        }

        var isRelay = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({RelayLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!isRelay)
        {
            return 0; // another replica is relaying this outbox
        }

        var rows = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE \"SentAt\" IS NULL ORDER BY \"Id\" LIMIT {settings.RelayBatchSize} FOR UPDATE SKIP LOCKED")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var outcomes = await Task.WhenAll(rows.GroupBy(r => r.AggregateId)
            .Select(aggregate => AggregatePublication.PublishInOrderAsync(aggregate.ToList(), PublishAsync, settings.RelayPublishTimeout, cancellationToken)));

        // One statement stamps every confirmed row; an UPDATE per row through the change tracker was
        // 7% of PostgreSQL's statement time on the case write path (docs/architecture.md).
        var confirmed = outcomes.SelectMany(o => o.Confirmed).Select(r => r.Id).ToArray();
        var now = clock.GetUtcNow();
        if (confirmed.Length > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE outbox_messages SET \"SentAt\" = {now}, \"Attempts\" = \"Attempts\" + 1, \"LastError\" = NULL WHERE \"Id\" = ANY({confirmed})",
                cancellationToken);
        }

        var failures = outcomes.Where(o => o.Failed is not null).ToList();
        foreach (var failure in failures)
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE outbox_messages SET \"Attempts\" = \"Attempts\" + 1, \"LastError\" = {failure.Error} WHERE \"Id\" = {failure.Failed!.Id}",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        metrics.Published(confirmed.Length);

        if (failures.FirstOrDefault() is { Failed: { } failed, Error: var error })
        {
            if (confirmed.Length == 0)
            {
                // Nothing went through: the broker is away, so back off rather than spin.
                throw new InvalidOperationException($"Publishing outbox row {failed.Id} failed: {error}");
            }

            // One aggregate's trouble must not slow the others: its row stays pending (and ages in the metric).
            LogRowFailed(failed.Id, failed.AggregateId, error);
        }

        return rows.Count;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = IntegrationEventTypes.TypeOf(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Payload, type, OutboxMessage.Json)!;

        // Continue the trace of the request that raised the event, so it reaches the consumer.
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = Source.StartActivity($"outbox relay {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag(DistrictScope.TagName, row.District);
        activity?.SetTag("messaging.message.id", row.EventId);

        await bus.Publish(message, type, context => context.MessageId = row.EventId, cancellationToken);
    }

    private async Task CleanupIfDueAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < nextCleanup)
        {
            return;
        }

        nextCleanup = now + settings.CleanupInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var sentBefore = now - settings.OutboxRetention;
        var processedBefore = now - settings.InboxRetention;
        await db.Set<OutboxMessage>().Where(m => m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        await db.Set<InboxMessage>().Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Outbox row {RowId} of aggregate {AggregateId} was not published: {Error}; its aggregate waits for it")]
    private partial void LogRowFailed(long rowId, string aggregateId, string? error);

    [LoggerMessage(LogLevel.Warning, "Outbox relay failed; retrying in {DelayMs} ms")]
    private partial void LogRelayFailed(Exception ex, double delayMs);
}

/// <summary>Outbox health as metrics: pending rows, age of the oldest pending row, rows published.</summary>
public sealed class OutboxMetrics : IDisposable
{
    private readonly Meter meter;
    private readonly Counter<long> published;
    private readonly TimeProvider clock;
    private long pending;
    private DateTimeOffset? oldestPending;

    public OutboxMetrics(IMeterFactory meters, TimeProvider clock)
    {
        this.clock = clock;
        meter = meters.Create(GovernanceTelemetry.SourceName);
        published = meter.CreateCounter<long>("governance.outbox.published", "{message}", "Outbox rows published and confirmed by the broker.");
        meter.CreateObservableGauge("governance.outbox.pending", () => Interlocked.Read(ref pending), "{message}", "Outbox rows not yet published.");
        meter.CreateObservableGauge("governance.outbox.oldest_pending_age", OldestPendingAge, "s", "Age of the oldest outbox row not yet published.");
    }

    internal void Published(int count) => published.Add(count);

    internal async Task RefreshAsync(DbContext db, CancellationToken cancellationToken)
    {
        var stats = await db.Set<OutboxMessage>().Where(m => m.SentAt == null)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.LongCount(), Oldest = g.Min(m => m.CreatedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        Interlocked.Exchange(ref pending, stats?.Count ?? 0);
        oldestPending = stats?.Oldest;
    }

    internal long Pending => Interlocked.Read(ref pending);

    internal double OldestPendingAge() => oldestPending is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;

    public void Dispose() => meter.Dispose();
}

/// <summary>
/// <c>/health</c> entry <c>outbox</c>: Degraded while events wait longer than they should (the broker
/// away, the relay stuck), with how many and how long; never Unhealthy, since writes still succeed.
/// </summary>
internal sealed class OutboxHealthCheck(OutboxMetrics metrics, IOptions<MessagingOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var age = metrics.OldestPendingAge();
        var description = $"{metrics.Pending} events waiting to be published, the oldest for {age:F0} s.";
        return Task.FromResult(age > options.Value.OutboxDegradedAfter.TotalSeconds
            ? HealthCheckResult.Degraded(description)
            : HealthCheckResult.Healthy(description));
    }
}
