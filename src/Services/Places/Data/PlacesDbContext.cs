using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Governance.Places.Domain.Places;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Data;

/// <summary>
/// The places service's database: places, partners, bookings and visits, the service's copy of the
/// grid's units (<see cref="KnownUnit"/>) with their boundaries (<see cref="UnitBoundary"/>), and the outbox and inbox every service has
/// (<see cref="MessagingDbContext"/>). Each entity is mapped in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class PlacesDbContext(DbContextOptions<PlacesDbContext> options) : MessagingDbContext(options)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    public DbSet<UnitBoundary> UnitBoundaries => Set<UnitBoundary>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacesDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class PlacesDesignTimeDbContextFactory : DesignTimeDbContextFactory<PlacesDbContext>;
