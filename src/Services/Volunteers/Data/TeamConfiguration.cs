using Governance.Volunteers.Domain.Pool;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Volunteers.Data;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.ToTable("teams");
        team.HasKey(t => t.Id);
        team.Property(t => t.Id).ValueGeneratedNever();
        team.Property(t => t.Name).HasMaxLength(Team.MaxNameLength);
        team.PrimitiveCollection(t => t.Focus).ElementType().HasConversion<string>();
        team.OwnsMany(t => t.Members, member =>
        {
            member.ToTable("team_members");
            member.WithOwner().HasForeignKey("TeamId");
            member.HasKey("TeamId", nameof(TeamMember.VolunteerId));
            // The volunteer id is given, not generated: without this EF Core takes a new member for an existing row.
            member.Property(m => m.VolunteerId).ValueGeneratedNever();
            member.HasIndex(m => m.VolunteerId);
        });
        team.Navigation(t => t.Members).HasField("members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
