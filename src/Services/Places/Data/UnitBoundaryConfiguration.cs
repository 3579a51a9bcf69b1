using Governance.Places.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Places.Data;

internal sealed class UnitBoundaryConfiguration : IEntityTypeConfiguration<UnitBoundary>
{
    public void Configure(EntityTypeBuilder<UnitBoundary> boundary)
    {
        boundary.ToTable("unit_boundaries");
        boundary.HasKey(b => b.UnitId);
        boundary.Property(b => b.UnitId).ValueGeneratedNever();
    }
}
