using System.Text.Json.Nodes;
using Governance.BuildingBlocks.Messaging;
using Governance.Contracts;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Governance.Notifications.Domain.Inbox;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed;

/// <summary>
/// Turns one kind of integration event into a feed frame, once (the inbox of
/// <see cref="IntegrationEventConsumer{TEvent, TContext}"/>), in the transaction that numbers it.
/// A subclass says what the event means for the feed, and nothing else.
/// </summary>
public abstract class FeedConsumer<TEvent>(NotificationsDbContext db, TimeProvider clock, ILogger logger)
    : IntegrationEventConsumer<TEvent, NotificationsDbContext>(db, logger)
    where TEvent : class, IIntegrationEvent
{
    /// <summary>The change the event shows, or null for an event the feed only learns from (where a subject sits).</summary>
    protected abstract Task<Change?> ChangeOfAsync(TEvent message, CancellationToken cancellationToken);

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        if (await ChangeOfAsync(message, cancellationToken) is { } change)
        {
            await FeedLog.AppendAsync(Db, message.District, change, message.OccurredAt, clock.GetUtcNow(), cancellationToken);
        }
    }

    protected Task<UnitLadder> LadderOfAsync(TEvent message, Guid unitId, CancellationToken cancellationToken) =>
        Placement.LadderOfAsync(Db, message.District, unitId, cancellationToken);

    protected Task<UnitLadder> LadderOfSubjectAsync(TEvent message, Guid subjectId, CancellationToken cancellationToken) =>
        Placement.LadderOfSubjectAsync(Db, message.District, subjectId, cancellationToken);

    protected Task RememberAsync(Guid subjectId, Guid unitId, CancellationToken cancellationToken) =>
        Placement.RememberAsync(Db, subjectId, unitId, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Tells each of <paramref name="recipients"/> (tokens' <c>sub</c>) personally: a notification in their
    /// inbox, and a <c>notification</c> frame on the feed that only they see. Empty or repeated ones are skipped.
    /// </summary>
    protected async Task NotifyAsync(
        TEvent message, IEnumerable<string?> recipients, string kind, Guid subjectId, JsonObject facts, UnitLadder where, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var recipient in recipients.OfType<string>().Where(r => r.Length is > 0 and <= Notification.MaxRecipientLength).Distinct(StringComparer.Ordinal))
        {
            var notification = Notification.For(recipient, kind, subjectId, facts.ToJsonString(), message.EventId, now);
            Db.Set<Notification>().Add(notification);
            var frame = new JsonObject { ["notificationId"] = notification.Id, ["kind"] = kind, ["subjectId"] = subjectId };
            foreach (var (name, value) in facts)
            {
                frame[name] = value?.DeepClone();
            }

            await FeedLog.AppendAsync(Db, message.District, new Change(FeedFamilies.Notification, subjectId, where, null, frame, recipient), message.OccurredAt, now, cancellationToken);
        }
    }
}
