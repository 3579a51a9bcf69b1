using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Governance.Notifications.Domain.Webhooks;
using Governance.Notifications.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Feed;

/// <summary>
/// The district feed of the last day, in PostgreSQL. A change is numbered from its district's counter
/// row, whose lock is held until the consuming transaction commits, so a district's ids commit in
/// order and without holes: a reader that has seen id n has seen every id before it. The commit also
/// delivers a <c>NOTIFY</c> that wakes every replica's readers (<see cref="FeedListener"/>): it is sent
/// only if the frame is stored, and never before.
/// The same transaction queues the frame's webhook deliveries, so they exist exactly when the frame does.
/// </summary>
internal static class FeedLog
{
    /// <summary>The channel replicas <c>LISTEN</c> on; the payload is the district.</summary>
    public const string Channel = "notifications_feed";

    public static async Task AppendAsync(NotificationsDbContext db, string district, Change change, DateTimeOffset occurredAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var numbered = await db.Database.SqlQuery<long>($"""
            INSERT INTO feed_counters ("District", "Last") VALUES ({district}, 1)
            ON CONFLICT ("District") DO UPDATE SET "Last" = feed_counters."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        var entry = FeedEntry.Of(change, numbered.Single(), occurredAt, now);
        entry.District = district;
        db.Set<FeedEntry>().Add(entry);
        if (entry.Recipient is null)
        {
            await NotifyAndQueueWebhookDeliveriesAsync(db, entry, now, cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {district})", cancellationToken);
        }
    }

    /// <summary>
    /// The wake-up, and one delivery for each of the district's active webhooks that wants the frame's type or
    /// family, in the transaction that stores the frame: a frame is delivered only if stored, and once (the inbox
    /// keeps a redelivered event from adding the frame again). One statement (PostgreSQL runs a data-modifying
    /// <c>WITH</c> whether or not it is read), so a frame costs no extra round trip for webhooks.
    /// Personal frames never go to webhooks.
    /// </summary>
    private static Task<int> NotifyAndQueueWebhookDeliveriesAsync(NotificationsDbContext db, FeedEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = WebhookBody.Of(entry);
        var pending = WebhookDeliveryConfiguration.Stored(WebhookDeliveryStatus.Pending);
        return db.Database.ExecuteSqlAsync($"""
            WITH queued AS (
                INSERT INTO webhook_deliveries ("Id", "District", "WebhookId", "EntryId", "Type", "Body", "Status", "Attempts", "NextAttemptAt", "CreatedAt", "RetriesFrom")
                SELECT gen_random_uuid(), w."District", w."Id", {entry.Id}, {entry.Type}, {body}, {pending}, 0, {now}, {now}, {now}
                FROM webhooks w
                WHERE w."District" = {entry.District} AND w."Active" AND ({entry.Type} = ANY (w."Types") OR {entry.Family} = ANY (w."Types"))
            )
            SELECT pg_notify({Channel}, {entry.District})
            """, cancellationToken);
    }

    /// <summary>The district's frames after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public static Task<List<FeedEntry>> AfterAsync(NotificationsDbContext db, string district, long after, int limit, CancellationToken cancellationToken) =>
        db.Set<FeedEntry>().AsNoTracking().IgnoreQueryFilters()
            .Where(e => e.District == district && e.Id > after)
            .OrderBy(e => e.Id).Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>The district's latest id (0 before its first change) and its oldest id still kept.</summary>
    public static async Task<(long Latest, long? OldestKept)> BoundsAsync(NotificationsDbContext db, string district, CancellationToken cancellationToken)
    {
        var latest = await db.Set<FeedCounter>().AsNoTracking().Where(c => c.District == district).Select(c => (long?)c.Last).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var oldest = await db.Set<FeedEntry>().AsNoTracking().IgnoreQueryFilters().Where(e => e.District == district).MinAsync(e => (long?)e.Id, cancellationToken);
        return (latest, oldest);
    }
}
