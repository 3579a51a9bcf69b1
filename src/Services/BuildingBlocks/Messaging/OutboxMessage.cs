using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Governance.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Governance.BuildingBlocks.Messaging;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change that raised it. The relay publishes rows in id order per aggregate and stamps them sent.
/// </summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public long Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The event's stable <c>[MessageUrn]</c>, never its CLR name.</summary>
    public string MessageType { get; private set; } = "";

    public string AggregateId { get; private set; } = "";

    public string District { get; private set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>W3C trace context of the request that raised the event, restored when relaying.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage For(IIntegrationEvent integrationEvent, string aggregateId)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            EventId = integrationEvent.EventId,
            MessageType = IntegrationEventTypes.UrnOf(type),
            AggregateId = aggregateId,
            District = integrationEvent.District,
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            TraceParent = Activity.Current?.Id,
            TraceState = Activity.Current?.TraceStateString,
            CreatedAt = integrationEvent.OccurredAt,
        };
    }

    internal static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<OutboxMessage>(outbox =>
    {
        outbox.ToTable("outbox_messages");
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Id).UseIdentityAlwaysColumn();
        outbox.Property(m => m.MessageType).HasMaxLength(200);
        outbox.Property(m => m.AggregateId).HasMaxLength(100);
        outbox.Property(m => m.District).HasMaxLength(64);
        outbox.Property(m => m.Payload).HasColumnType("jsonb");
        outbox.Property(m => m.TraceParent).HasMaxLength(128);
        outbox.Property(m => m.TraceState).HasMaxLength(512);
        outbox.Property(m => m.LastError).HasMaxLength(2000);
        outbox.HasIndex(m => m.EventId).IsUnique();
        outbox.HasIndex(m => m.Id).HasFilter("\"SentAt\" IS NULL").HasDatabaseName("IX_outbox_messages_pending");
        outbox.HasIndex(m => m.SentAt);
    });
}

/// <summary>A consumed event, recorded in the same transaction as the consumer's effect, so a redelivery changes nothing.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public string Consumer { get; init; } = "";

    public DateTimeOffset ProcessedAt { get; init; }

    internal static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<InboxMessage>(inbox =>
    {
        inbox.ToTable("inbox_messages");
        inbox.HasKey(m => new { m.EventId, m.Consumer });
        inbox.Property(m => m.Consumer).HasMaxLength(200);
        inbox.HasIndex(m => m.ProcessedAt);
    });
}

/// <summary>The integration events of the Contracts assembly, by their stable urn.</summary>
public static class IntegrationEventTypes
{
    private static readonly Dictionary<string, Type> ByUrn = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToDictionary(UrnOf, t => t, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, Type> All => ByUrn;

    public static string UrnOf(Type type) =>
        type.GetCustomAttribute<MessageUrnAttribute>()?.Urn.ToString()
        ?? throw new InvalidOperationException($"{type.Name} needs a [MessageUrn] so that renaming it cannot break consumers.");

    public static Type TypeOf(string urn) =>
        ByUrn.TryGetValue(urn, out var type) ? type : throw new InvalidOperationException($"No integration event has the urn '{urn}'.");
}
