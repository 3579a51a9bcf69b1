using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Sample.Data;

/// <summary>
/// The sample service's database: its own records, and the outbox and inbox every service has
/// (<see cref="MessagingDbContext"/>). Each feature maps its entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : MessagingDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SampleDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class SampleDesignTimeDbContextFactory : DesignTimeDbContextFactory<SampleDbContext>;
