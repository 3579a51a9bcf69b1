using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Volunteers.Data;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> volunteer)
    {
        volunteer.ToTable("volunteers");
        volunteer.HasKey(v => v.Id);
        volunteer.Property(v => v.Id).ValueGeneratedNever();
        volunteer.Property(v => v.Name).HasMaxLength(Volunteer.MaxNameLength);
        volunteer.Property(v => v.Phone).HasMaxLength(Volunteer.MaxPhoneLength);
        volunteer.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        volunteer.Property(v => v.Account).HasMaxLength(Volunteer.MaxAccountLength);
        volunteer.PrimitiveCollection(v => v.Focus).ElementType().HasConversion<string>();
        volunteer.Ignore(v => v.Home);
        // The unitId filter and matching pre-filter by the home path.
        volunteer.HasIndex(v => new { v.District, v.CommunityId });
        volunteer.HasIndex(v => new { v.District, v.StreetId });
        volunteer.HasIndex(v => v.PartyMemberId).HasFilter("\"PartyMemberId\" IS NOT NULL");

        volunteer.OwnsMany(v => v.Skills, skill =>
        {
            skill.ToTable("volunteer_skills");
            skill.WithOwner().HasForeignKey("VolunteerId");
            skill.HasKey("VolunteerId", nameof(VolunteerSkill.Skill));
            // The code is given, not generated: without this EF Core takes a re-added skill for an existing row.
            skill.Property(s => s.Skill).ValueGeneratedNever();
            skill.Property(s => s.Skill).HasMaxLength(SkillCodes.MaxLength);
            skill.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
            skill.Property(s => s.CredentialName).HasMaxLength(Volunteer.MaxNameLength);
            skill.Ignore(s => s.Verified);
            // Matching and the skill filter start from the skill: "who can do legal work".
            skill.HasIndex(s => s.Skill);
        });
        volunteer.Navigation(v => v.Skills).HasField("skills").UsePropertyAccessMode(PropertyAccessMode.Field);

        volunteer.OwnsMany(v => v.Availability, window => window.ToJson());
        volunteer.Navigation(v => v.Availability).HasField("availability").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
