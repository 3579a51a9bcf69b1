using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Data;

/// <summary>
/// The places service's database: its own records, and the outbox and inbox every service has
/// (<see cref="MessagingDbContext"/>). Each feature maps its entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class PlacesDbContext(DbContextOptions<PlacesDbContext> options) : MessagingDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlacesDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class PlacesDesignTimeDbContextFactory : DesignTimeDbContextFactory<PlacesDbContext>;
