using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Data;

/// <summary>
/// The events service's database. Each feature area maps its own entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> under <c>Data/</c>, picked up here.
/// </summary>
public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options)
    : MessagingDbContext(options)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class EventsDesignTimeDbContextFactory : DesignTimeDbContextFactory<EventsDbContext>;
