using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Data;

/// <summary>
/// The places service's database: places, partners, bookings and visits, the service's copy of the
/// grid's units (<see cref="KnownUnit"/>), and the outbox and inbox every service has
/// (<see cref="MessagingDbContext"/>). Each entity is mapped in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class PlacesDbContext(DbContextOptions<PlacesDbContext> options) : MessagingDbContext(options)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacesDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class PlacesDesignTimeDbContextFactory : DesignTimeDbContextFactory<PlacesDbContext>;
