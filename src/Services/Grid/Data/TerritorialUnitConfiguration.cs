using Governance.Grid.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Grid.Data;

internal sealed class TerritorialUnitConfiguration : IEntityTypeConfiguration<TerritorialUnit>
{
    public void Configure(EntityTypeBuilder<TerritorialUnit> unit)
    {
        unit.ToTable("territorial_units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        unit.Property(u => u.Name).HasMaxLength(UnitRules.MaxNameLength);
        unit.Property(u => u.Code).HasMaxLength(UnitRules.MaxCodeLength);
        unit.HasIndex(u => new { u.District, u.Code }).IsUnique().HasFilter("\"Code\" IS NOT NULL");
        unit.HasIndex(u => new { u.District, u.ParentId, u.Level });
    }
}
