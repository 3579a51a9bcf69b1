using Governance.Contracts.Grid;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Governance.BuildingBlocks.ReferenceData;

/// <summary>
/// A service's own copy of a territorial unit owned by the grid service, kept from its events,
/// so the service can check unit ids without calling the grid service.
/// </summary>
public sealed class KnownUnit : IDistrictOwned
{
    public Guid Id { get; init; }

    public string District { get; set; } = "";

    public string Level { get; set; } = "";

    public Guid? ParentId { get; set; }

    public string Name { get; set; } = "";

    public string? Code { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<KnownUnit>(unit =>
    {
        unit.ToTable("known_units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Id).ValueGeneratedNever();
        unit.Property(u => u.Level).HasMaxLength(16);
        unit.Property(u => u.Name).HasMaxLength(200);
        unit.Property(u => u.Code).HasMaxLength(32);
        unit.HasIndex(u => new { u.District, u.ParentId });
    });

    /// <summary>Takes the state a unit event carries unless this copy already holds a later one; false then.</summary>
    internal bool Apply(IGridUnitState state)
    {
        if (state.OccurredAt < UpdatedAt)
        {
            return false;
        }

        Level = state.Level;
        ParentId = state.ParentId;
        Name = state.Name;
        Code = state.Code;
        UpdatedAt = state.OccurredAt;
        return true;
    }
}

/// <summary>
/// What a service keeps of a unit beyond <see cref="KnownUnit"/> (e.g. its boundary), in its own
/// tables, so <c>known_units</c> stays the same in every service. It runs on every unit event, in
/// the transaction that updates the <see cref="KnownUnit"/>, so the two never disagree about which
/// units exist; events arrive in any order, so it keeps the latest state itself.
/// </summary>
public interface IKnownUnitExtension<in TContext>
    where TContext : MessagingDbContext
{
    /// <summary>Throw <see cref="InvalidMessageException"/> for content this service cannot keep.</summary>
    Task ApplyAsync(TContext db, IGridUnitState state, CancellationToken cancellationToken);
}

/// <summary>
/// Keeps this service's copy of a unit current from one kind of unit event. The events may
/// arrive in any order (they travel on separate queues): each carries the whole state, and the
/// latest one wins.
/// </summary>
public sealed partial class KnownUnitConsumer<TEvent, TContext>(
    TContext db, IEnumerable<IKnownUnitExtension<TContext>> extensions, ILogger<KnownUnitConsumer<TEvent, TContext>> logger)
    : IntegrationEventConsumer<TEvent, TContext>(db, logger)
    where TEvent : class, IGridUnitState
    where TContext : MessagingDbContext
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "street", "community", "grid", "building" };

    protected override string Name => $"known-units:{typeof(TEvent).Name}";

    protected override void Validate(TEvent message)
    {
        if (message.UnitId == Guid.Empty || !Levels.Contains(message.Level) || string.IsNullOrWhiteSpace(message.Name))
        {
            throw new InvalidMessageException(
                $"{typeof(TEvent).Name} {message.EventId} is malformed: a unit needs an id, a level (street, community, grid, building) and a name.");
        }
    }

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        var known = await Db.Set<KnownUnit>().FirstOrDefaultAsync(u => u.Id == message.UnitId, cancellationToken);
        if (known is null)
        {
            known = new KnownUnit { Id = message.UnitId, District = message.District, UpdatedAt = DateTimeOffset.MinValue };
            Db.Set<KnownUnit>().Add(known);
        }

        if (!known.Apply(message))
        {
            // The events overtake each other on their separate queues; the later state the copy holds is the one to keep.
            LogOlderState(Logger, Name, message.UnitId, known.UpdatedAt, message.EventId);
        }

        foreach (var extension in extensions)
        {
            await extension.ApplyAsync(Db, message, cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Consumer}: unit {UnitId} is kept as of {KeptAsOf}, later than event {EventId}; the older state changes nothing")]
    private static partial void LogOlderState(ILogger logger, string consumer, Guid unitId, DateTimeOffset keptAsOf, Guid eventId);
}

public static class KnownUnits
{
    /// <summary>
    /// Keeps <typeparamref name="TContext"/>'s <c>known_units</c> current from the grid
    /// service's unit events, on queues <c>{service}-grid-unit-created|updated|moved</c>.
    /// </summary>
    public static void AddKnownUnitConsumers<TContext>(this IBusRegistrationConfigurator bus, string service)
        where TContext : MessagingDbContext
    {
        bus.AddConsumer<KnownUnitConsumer<GridUnitCreated, TContext>>().Endpoint(e => e.Name = $"{service}-grid-unit-created");
        bus.AddConsumer<KnownUnitConsumer<GridUnitUpdated, TContext>>().Endpoint(e => e.Name = $"{service}-grid-unit-updated");
        bus.AddConsumer<KnownUnitConsumer<GridUnitMoved, TContext>>().Endpoint(e => e.Name = $"{service}-grid-unit-moved");
    }
}
