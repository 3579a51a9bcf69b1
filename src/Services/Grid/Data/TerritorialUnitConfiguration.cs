using Governance.Grid.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Governance.Grid.Data;

internal sealed class TerritorialUnitConfiguration : IEntityTypeConfiguration<TerritorialUnit>
{
    public void Configure(EntityTypeBuilder<TerritorialUnit> unit)
    {
        unit.ToTable("territorial_units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        unit.Property(u => u.Name).HasMaxLength(UnitRules.MaxNameLength);
        unit.Property(u => u.Code).HasMaxLength(UnitRules.MaxCodeLength).IsRequired();
        // Stored as WKB: the spatial index lives in the service (GridIndex), so the database needs no PostGIS.
        unit.Property(u => u.Boundary).HasConversion(
            new ValueConverter<Geometry?, byte[]?>(
                geometry => geometry == null ? null : new WKBWriter().Write(geometry),
                bytes => bytes == null ? null : ReadWkb(bytes)),
            new ValueComparer<Geometry?>(
                (a, b) => a == null ? b == null : b != null && a.EqualsExact(b),
                geometry => geometry == null ? 0 : geometry.GetHashCode(),
                geometry => geometry == null ? null : geometry.Copy()));
        unit.HasIndex(u => new { u.District, u.Code }).IsUnique();
        unit.HasIndex(u => new { u.District, u.ParentId, u.Level });
    }

    private static Geometry ReadWkb(byte[] bytes)
    {
        var geometry = new WKBReader(Boundary.Factory.GeometryServices).Read(bytes);
        geometry.SRID = Boundary.Srid;
        return geometry;
    }
}
