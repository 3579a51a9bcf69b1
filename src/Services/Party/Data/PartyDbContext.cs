using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Data;

/// <summary>
/// The party service's database. Each feature area maps its own entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class PartyDbContext(DbContextOptions<PartyDbContext> options)
    : MessagingDbContext(options)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartyDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class PartyDesignTimeDbContextFactory : DesignTimeDbContextFactory<PartyDbContext>;
