using Governance.Contracts;
using Governance.ServiceDefaults.Districts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Governance.ServiceDefaults.Messaging;

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
    where TContext : DistrictDbContext
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
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        // Savepoints only help a caller that carries on after a failed SaveChanges; this one rolls
        // everything back, and they cost two round trips per message (profiled: bench/messaging.sh).
        db.Database.AutoSavepointsEnabled = false;
        if (!await ClaimAsync(message.EventId, consumer, context.CancellationToken))
        {
            LogDuplicate(consumer, message.EventId);
            return;
        }

        await HandleAsync(message, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>
    /// Records the event in the inbox, in one statement, unless it is there already. A concurrent
    /// delivery of the same event waits on the key until this transaction ends, then inserts
    /// nothing if it committed, so the effect is applied once.
    /// </summary>
    private async Task<bool> ClaimAsync(Guid eventId, string consumer, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (\"EventId\", \"Consumer\", \"ProcessedAt\") VALUES ({eventId}, {consumer}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING",
            cancellationToken) == 1;

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
