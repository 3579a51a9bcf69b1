using Governance.Volunteers.Domain.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Volunteers.Data;

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> need)
    {
        need.ToTable("needs");
        need.HasKey(n => n.Id);
        need.Property(n => n.Id).ValueGeneratedNever();
        need.Property(n => n.Skill).HasMaxLength(Domain.Skills.SkillCodes.MaxLength);
        need.Property(n => n.SourceKind).HasMaxLength(NeedSourceKinds.MaxLength);
        need.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        need.Property(n => n.UnmatchedReason).HasMaxLength(Need.MaxReasonLength);
        need.Property<uint>("Version").IsRowVersion();
        need.Ignore(n => n.Window);
        need.Ignore(n => n.Missing);
        need.Ignore(n => n.Place);
        // An activity's cancellation and a withdrawn request find their needs by source.
        need.HasIndex(n => new { n.SourceKind, n.SourceId });

        need.OwnsMany(n => n.Assignments, assignment =>
        {
            assignment.ToTable("assignments");
            assignment.WithOwner().HasForeignKey("NeedId");
            assignment.HasKey("NeedId", nameof(Assignment.VolunteerId));
            // The volunteer id is given, not generated: without this EF Core takes a new assignment for an existing row.
            assignment.Property(a => a.VolunteerId).ValueGeneratedNever();
            assignment.Property(a => a.VolunteerName).HasMaxLength(Domain.Pool.Volunteer.MaxNameLength);
            // Matching reads a candidate's commitments and recent load by volunteer and time.
            assignment.HasIndex(a => new { a.VolunteerId, a.From });
        });
        need.Navigation(n => n.Assignments).HasField("assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
