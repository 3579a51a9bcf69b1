using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Webhooks;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Governance.Notifications.Features.Webhooks;

/// <summary>
/// Sends due webhook deliveries, in every replica, apart from the feed (a slow endpoint never delays a frame).
/// Due rows are claimed in a short transaction with <c>FOR UPDATE SKIP LOCKED</c> and marked claimed for a
/// lease longer than an attempt can take, so no two replicas send the same attempt; the attempt runs outside
/// any transaction and its outcome is written in another short one. Attempts run concurrently up to
/// <see cref="WebhookOptions.MaxConcurrentSends"/>, and one webhook holds at most
/// <see cref="WebhookOptions.MaxInFlightPerWebhook"/> of them, so a dead endpoint's backlog cannot starve the others.
/// A replica that dies mid-attempt leaves the claim to expire; another replica then tries again.
/// </summary>
internal sealed partial class WebhookDispatcher : BackgroundService
{
    public const string EventHeader = "X-Governance-Event";
    public const string DeliveryHeader = "X-Governance-Delivery";
    public const string TimestampHeader = "X-Governance-Timestamp";
    public const string SignatureHeader = "X-Governance-Signature";

    // Claimed rows are due rows (pending or retrying, next attempt passed) whose claim is not held. Placing them
    // per webhook after the ones it already has in flight keeps each webhook within its share.
    private const string ClaimSql = """
        WITH due AS (
            SELECT d."Id", d."WebhookId",
                   row_number() OVER (PARTITION BY d."WebhookId" ORDER BY d."NextAttemptAt", d."Id") AS place
            FROM webhook_deliveries d
            JOIN webhooks w ON w."Id" = d."WebhookId" AND w."Active"
            WHERE d."Status" IN ('pending', 'retrying') AND d."NextAttemptAt" <= @now
              AND (d."ClaimedUntil" IS NULL OR d."ClaimedUntil" <= @now)
        ), sending AS (
            SELECT "WebhookId", count(*) AS n FROM webhook_deliveries
            WHERE "ClaimedUntil" > @now GROUP BY "WebhookId"
        )
        SELECT d."Id" AS "Value" FROM webhook_deliveries d
        WHERE d."Id" IN (SELECT due."Id" FROM due LEFT JOIN sending s ON s."WebhookId" = due."WebhookId"
                         WHERE due.place + coalesce(s.n, 0) <= @per_webhook)
          AND d."Status" IN ('pending', 'retrying') AND d."NextAttemptAt" <= @now
          AND (d."ClaimedUntil" IS NULL OR d."ClaimedUntil" <= @now)
        ORDER BY d."NextAttemptAt"
        LIMIT @limit
        FOR UPDATE OF d SKIP LOCKED
        """;

    private static readonly TimeSpan RetentionSweepInterval = TimeSpan.FromMinutes(5);

    private readonly IServiceScopeFactory scopes;
    private readonly WebhookOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<WebhookDispatcher> logger;
    private readonly HttpClient http;
    private DateTimeOffset nextRetentionSweep;

    public WebhookDispatcher(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    {
        this.scopes = scopes;
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        // Not from IHttpClientFactory: its clients carry the standard resilience handler, whose retries would
        // send one attempt several times; retries here are the delivery's own, recorded and visible.
        http = new HttpClient(WebhookTargetGuard.CreateHandler(this.options.AllowPrivateTargets)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Governance-Webhooks", "1"));
    }

    /// <summary>A claimed delivery with what sending it needs.</summary>
    private sealed record Claimed(Guid Id, string District, string Type, string Body, string Url, string Secret, DateTimeOffset ClaimedUntil);

    private TimeSpan Lease => options.AttemptTimeout + TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentSends));
        var inFlight = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Wait for a free slot before claiming anything: a claim is a promise to send soon.
                await slots.WaitAsync(stoppingToken);
                slots.Release();
                inFlight.RemoveAll(t => t.IsCompleted);

                var claimed = await ClaimAsync(slots.CurrentCount, stoppingToken);
                foreach (var delivery in claimed)
                {
                    await slots.WaitAsync(stoppingToken);
                    inFlight.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await AttemptAsync(delivery, stoppingToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None));
                }

                if (claimed.Count == 0)
                {
                    await SweepOldDeliveriesAsync(stoppingToken);
                    await Task.Delay(options.PollInterval, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: attempts in flight end with the token; their claims expire and another replica sends them.
        }

        await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task<List<Claimed>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var ids = await db.Database.SqlQueryRaw<Guid>(ClaimSql,
                new NpgsqlParameter("now", now), new NpgsqlParameter("per_webhook", options.MaxInFlightPerWebhook), new NpgsqlParameter("limit", limit))
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return [];
            }

            // Whole milliseconds: the column keeps microseconds, and the outcome is matched to the claim by this value.
            var until = new DateTimeOffset((now + Lease).UtcTicks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            await db.Set<WebhookDelivery>().IgnoreQueryFilters().Where(d => ids.Contains(d.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.ClaimedUntil, until), cancellationToken);
            var claimed = await (
                from d in db.Set<WebhookDelivery>().IgnoreQueryFilters()
                join w in db.Set<Webhook>().IgnoreQueryFilters() on d.WebhookId equals w.Id
                where ids.Contains(d.Id)
                select new Claimed(d.Id, d.District, d.Type, d.Body, w.Url, w.Secret, d.ClaimedUntil!.Value)).ToListAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return claimed;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // The migrations run as the service starts; nothing can be due before they are done.
            return [];
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogClaimFailed(ex);
            return [];
        }
    }

    private async Task AttemptAsync(Claimed delivery, CancellationToken stoppingToken)
    {
        using var districtScope = DistrictScope.Enter(delivery.District, logger);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventHeader, delivery.Type);
        request.Headers.Add(DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSignature.Sign(delivery.Secret, timestamp, delivery.Body));

        int? statusCode = null;
        string? error = null;
        using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            attempt.CancelAfter(options.AttemptTimeout);
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
                statusCode = (int)response.StatusCode;
                error = response.IsSuccessStatusCode ? null : $"The endpoint answered {statusCode} {response.ReasonPhrase}.";
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // the claim expires; another replica (or this one after a restart) sends it
            }
            catch (OperationCanceledException)
            {
                error = $"No answer within {options.AttemptTimeout.TotalSeconds:0.#} s.";
            }
            catch (HttpRequestException ex)
            {
                error = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
            }
        }

        try
        {
            await RecordAsync(delivery, statusCode, error, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The claim expires and the delivery is sent again: receivers deduplicate by X-Governance-Delivery.
            LogRecordFailed(ex, delivery.Id);
        }
    }

    private async Task RecordAsync(Claimed claimed, int? statusCode, string? error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var delivery = await db.Set<WebhookDelivery>().IgnoreQueryFilters().FirstOrDefaultAsync(d => d.Id == claimed.Id, cancellationToken);
        // Redelivered, or abandoned with its webhook, while this attempt ran: the newer decision stands.
        if (delivery is null || delivery.ClaimedUntil != claimed.ClaimedUntil)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (error is null)
        {
            delivery.Succeeded(statusCode!.Value, now);
        }
        else
        {
            delivery.Failed(statusCode, error, now, options.RetryPolicy);
            LogAttemptFailed(claimed.Id, claimed.Url, delivery.Attempts, delivery.Status, error);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes finished deliveries past their retention; every replica may, the deletes are idempotent.</summary>
    private async Task SweepOldDeliveriesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < nextRetentionSweep)
        {
            return;
        }

        nextRetentionSweep = now + RetentionSweepInterval;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var cutoff = now - options.DeliveryRetention;
            await db.Set<WebhookDelivery>().IgnoreQueryFilters()
                .Where(d => d.CreatedAt < cutoff && (d.Status == WebhookDeliveryStatus.Delivered || d.Status == WebhookDeliveryStatus.Parked))
                .ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogClaimFailed(ex);
        }
    }

    public override void Dispose()
    {
        http.Dispose();
        base.Dispose();
    }

    [LoggerMessage(LogLevel.Warning, "Webhook dispatcher could not reach its tables; trying again at the next poll")]
    private partial void LogClaimFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Webhook delivery {DeliveryId}: recording the attempt's outcome failed; it is sent again when its claim expires")]
    private partial void LogRecordFailed(Exception exception, Guid deliveryId);

    [LoggerMessage(LogLevel.Information, "Webhook delivery {DeliveryId} to {Url} failed (attempt {Attempts}, now {Status}): {Error}")]
    private partial void LogAttemptFailed(Guid deliveryId, string url, int attempts, WebhookDeliveryStatus status, string error);
}
