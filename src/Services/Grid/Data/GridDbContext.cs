using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Data;

/// <summary>
/// The grid service's database. Each feature area maps its own entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> next to them, picked up here.
/// </summary>
public sealed class GridDbContext(DbContextOptions<GridDbContext> options)
    : MessagingDbContext(options)
{
    public DbSet<Domain.Territory.TerritorialUnit> Units => Set<Domain.Territory.TerritorialUnit>();

    public DbSet<Domain.Cases.GridCase> Cases => Set<Domain.Cases.GridCase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GridDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class GridDesignTimeDbContextFactory : DesignTimeDbContextFactory<GridDbContext>;
