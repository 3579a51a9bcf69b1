using Governance.Party.Domain.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class ThreePlusTwoGroupConfiguration : IEntityTypeConfiguration<ThreePlusTwoGroup>
{
    public void Configure(EntityTypeBuilder<ThreePlusTwoGroup> group)
    {
        group.ToTable("three_plus_two_groups");
        group.HasKey(g => g.Id);
        group.HasIndex(g => new { g.District, g.GridUnitId });
        group.OwnsMany(g => g.Members, seat =>
        {
            seat.ToTable("three_plus_two_group_members");
            seat.WithOwner().HasForeignKey("GroupId");
            seat.Property<int>("Id");
            seat.HasKey("Id");
            seat.Property(s => s.Role).HasConversion<string>().HasMaxLength(32);
            seat.Property(s => s.PersonRef).HasMaxLength(ThreePlusTwoGroup.MaxPersonRefLength);
        });
    }
}
