using Governance.Contracts.Grid;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Governance.ServiceDefaults.ReferenceData;

/// <summary>
/// A service's own copy of a territorial unit owned by the grid service, kept from its events,
/// so the service can check unit ids without calling the grid service.
/// </summary>
public sealed class KnownUnit : IDistrictOwned
{
    public Guid Id { get; init; }

    public string District { get; set; } = "";

    public string Level { get; init; } = "";

    public Guid? ParentId { get; init; }

    public string Name { get; init; } = "";

    public string? Code { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

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
}

/// <summary>Adds each unit the grid service creates to this service's copy.</summary>
public abstract class KnownUnitsConsumer<TContext>(TContext db, ILogger logger)
    : IntegrationEventConsumer<GridUnitCreated, TContext>(db, logger)
    where TContext : DistrictDbContext
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal) { "street", "community", "grid", "building" };

    protected override void Validate(GridUnitCreated message)
    {
        if (message.UnitId == Guid.Empty || !Levels.Contains(message.Level) || string.IsNullOrWhiteSpace(message.Name))
        {
            throw new InvalidMessageException(
                $"GridUnitCreated {message.EventId} is malformed: a unit needs an id, a level (street, community, grid, building) and a name.");
        }
    }

    protected override Task HandleAsync(GridUnitCreated message, CancellationToken cancellationToken)
    {
        Db.Set<KnownUnit>().Add(new KnownUnit
        {
            Id = message.UnitId,
            District = message.District,
            Level = message.Level,
            ParentId = message.ParentId,
            Name = message.Name,
            Code = message.Code,
            UpdatedAt = message.OccurredAt,
        });
        return Task.CompletedTask;
    }
}
