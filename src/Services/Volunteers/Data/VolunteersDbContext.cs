using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Data;

/// <summary>
/// The volunteers service's database. Each feature area maps its own entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> under <c>Data/</c>, picked up here.
/// </summary>
public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options)
    : MessagingDbContext(options)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VolunteersDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class VolunteersDesignTimeDbContextFactory : DesignTimeDbContextFactory<VolunteersDbContext>;
