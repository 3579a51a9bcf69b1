using Governance.Grid.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Governance.ServiceDefaults.Privacy;

namespace Governance.Grid.Data;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> resident)
    {
        resident.ToTable("residents");
        resident.HasKey(r => r.Id);
        resident.Property(r => r.Name).HasMaxLength(Resident.MaxNameLength);
        resident.Property(r => r.IdNumber).HasMaxLength(PersonalData.IdNumberLength);
        resident.Property(r => r.Phone).HasMaxLength(PersonalData.MaxPhoneLength);
        resident.PrimitiveCollection(r => r.SpecialGroups).ElementType(e => e.HasConversion<string>());
        resident.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        resident.HasIndex(r => new { r.District, r.GridId });
        resident.HasIndex(r => new { r.District, r.BuildingId });
        resident.HasIndex(r => r.SpecialGroups).HasMethod("gin");
    }
}
