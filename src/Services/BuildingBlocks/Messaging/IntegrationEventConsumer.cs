using Governance.Contracts;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Districts;
using MassTransit;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Governance.BuildingBlocks.Messaging;

/// <summary>
/// A message that can never be processed as sent (malformed, wrong district, breaks a rule).
/// It is not retried: it goes straight to the consumer's _error queue with this reason.
/// </summary>
public sealed class InvalidMessageException(string message) : Exception(message);

/// <summary>
/// Base for every consumer of another service's events. It treats the event as untrusted
/// input, runs the handler on behalf of the event's district, and records the event id in the
/// inbox in the same transaction as the handler's changes and any events it raises, so a
/// redelivered or republished event changes nothing the second time.
/// </summary>
public abstract partial class IntegrationEventConsumer<TEvent, TContext>(TContext db, ILogger logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TContext : MessagingDbContext
{
    protected TContext Db => db;

    protected ILogger Logger => logger;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        if (!DistrictCaller.IsValidDistrict(message.District))
        {
            throw new InvalidMessageException($"{typeof(TEvent).Name} {message.EventId} names no valid district ('{message.District}').");
        }

        if (message.EventId == Guid.Empty)
        {
            throw new InvalidMessageException($"{typeof(TEvent).Name} has no event id.");
        }

        Validate(message);

        var consumer = Name;
        using var districtScope = DistrictScope.Enter(message.District, logger);
        try
        {
            await ApplyOnceAsync(message, consumer, context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !DatabaseFailures.IsUnavailable(ex))
        {
            if (!await AlreadyProcessedAsync(message.EventId, consumer))
            {
                throw;
            }

            LogDuplicate(consumer, message.EventId);
        }
    }

    /// <summary>
    /// Applies the effect and records the event in the inbox in one transaction. The inbox row goes
    /// into the effect's own <c>SaveChanges</c> rather than being claimed first: claiming first cost a
    /// round trip per message (profiled: bench/messaging.sh). A redelivery, or a concurrent copy that
    /// waits on the inbox key, then fails that save and rolls its effect back, and
    /// <see cref="AlreadyProcessedAsync"/> turns the failure into the duplicate it was.
    /// </summary>
    private async Task ApplyOnceAsync(TEvent message, string consumer, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Savepoints only help a caller that carries on after a failed SaveChanges; this one rolls
        // everything back, and they cost two round trips per message (profiled: bench/messaging.sh).
        db.Database.AutoSavepointsEnabled = false;
        await HandleAsync(message, cancellationToken);
        db.Set<InboxMessage>().Add(new InboxMessage { EventId = message.EventId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the inbox already holds the event: a failure of a delivery that had been applied
    /// before (by an earlier delivery, or by a copy that won the race) is a duplicate, not a fault;
    /// a handler may well refuse to apply the same effect twice. Any other failure stands.
    /// </summary>
    private async Task<bool> AlreadyProcessedAsync(Guid eventId, string consumer)
    {
        try
        {
            db.ChangeTracker.Clear();
            return await db.Set<InboxMessage>().AsNoTracking().AnyAsync(m => m.EventId == eventId && m.Consumer == consumer);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            return false; // the original failure is the one to report and retry
        }
    }

    /// <summary>The consumer's name in logs and in the inbox.</summary>
    protected virtual string Name => GetType().Name;

    /// <summary>Checks the event's content; throw <see cref="InvalidMessageException"/> to reject it for good.</summary>
    protected virtual void Validate(TEvent message)
    {
    }

    /// <summary>The consumer's effect: change <see cref="Db"/> (and raise events on it); the base saves and commits.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);

    [LoggerMessage(LogLevel.Information, "{Consumer} already processed event {EventId}; ignoring the redelivery")]
    private partial void LogDuplicate(string consumer, Guid eventId);
}
