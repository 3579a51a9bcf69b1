using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Data;

public sealed class GridDbContext(DbContextOptions<GridDbContext> options, IDistrictContext districts)
    : DistrictDbContext(options, districts)
{
    public DbSet<TerritorialUnit> Units => Set<TerritorialUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TerritorialUnit>(unit =>
        {
            unit.ToTable("territorial_units");
            unit.HasKey(u => u.Id);
            unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
            unit.Property(u => u.Name).HasMaxLength(UnitRules.MaxNameLength);
            unit.Property(u => u.Code).HasMaxLength(UnitRules.MaxCodeLength);
            unit.HasIndex(u => new { u.District, u.Code }).IsUnique().HasFilter("\"Code\" IS NOT NULL");
            unit.HasIndex(u => new { u.District, u.ParentId, u.Level });
        });
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class GridDesignTimeDbContextFactory : DesignTimeDbContextFactory<GridDbContext>;
