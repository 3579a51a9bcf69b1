using Governance.Grid.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Grid.Data;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> household)
    {
        household.ToTable("households");
        household.HasKey(h => h.Id);
        household.Property(h => h.DoorNumber).HasMaxLength(Household.MaxDoorNumberLength);
        household.Property(h => h.Address).HasMaxLength(Household.MaxAddressLength);
        household.HasIndex(h => new { h.District, h.BuildingId, h.DoorNumber }).IsUnique();
        household.HasIndex(h => new { h.District, h.GridId });
    }
}
