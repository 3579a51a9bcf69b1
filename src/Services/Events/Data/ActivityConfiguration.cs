using System.Text.Json;
using Governance.Events.Domain.Activities;
using Governance.Events.Domain.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Events.Data;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public const string Table = "activities";

    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.ToTable(Table);
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).ValueGeneratedNever();
        activity.Property(a => a.Title).HasMaxLength(Activity.MaxTitleLength);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        activity.Property(a => a.Venue).HasMaxLength(Activity.MaxVenueLength);
        activity.Property(a => a.Notes).HasMaxLength(Activity.MaxNotesLength);
        activity.Property(a => a.CancelReason).HasMaxLength(Activity.MaxReasonLength);
        activity.Property(a => a.Outputs).HasColumnType("jsonb").HasConversion(
            outputs => JsonSerializer.Serialize(outputs, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<Dictionary<string, int>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, int>(),
            new ValueComparer<Dictionary<string, int>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                outputs => outputs.Aggregate(0, (hash, o) => HashCode.Combine(hash, o.Key, o.Value)),
                outputs => new Dictionary<string, int>(outputs)));
        activity.Ignore(a => a.RegistrationEndsAt);

        activity.OwnsMany(a => a.Partners, partner =>
        {
            partner.ToTable("activity_partners");
            partner.WithOwner().HasForeignKey("ActivityId");
            partner.Property<int>("Position");
            partner.HasKey("ActivityId", "Position");
            partner.Property(p => p.Name).HasMaxLength(Activity.MaxItemLength);
        });
        activity.Navigation(a => a.Partners).HasField("partners").UsePropertyAccessMode(PropertyAccessMode.Field);

        activity.OwnsMany(a => a.Staffing, line =>
        {
            line.ToTable("activity_staffing");
            line.WithOwner().HasForeignKey("ActivityId");
            line.HasKey("ActivityId", nameof(StaffingLine.Skill));
            line.Property(l => l.Skill).HasMaxLength(64);
            line.Property(l => l.UnmatchedReason).HasMaxLength(StaffingLine.MaxReasonLength);
        });
        activity.Navigation(a => a.Staffing).HasField("staffing").UsePropertyAccessMode(PropertyAccessMode.Field);

        activity.OwnsMany(a => a.Staff, member =>
        {
            member.ToTable("activity_staff");
            member.WithOwner().HasForeignKey("ActivityId");
            member.HasKey("ActivityId", nameof(StaffMember.Skill), nameof(StaffMember.VolunteerId));
            member.Property(m => m.Skill).HasMaxLength(64);
            member.Property(m => m.Name).HasMaxLength(Activity.MaxItemLength);
        });
        activity.Navigation(a => a.Staff).HasField("staff").UsePropertyAccessMode(PropertyAccessMode.Field);

        activity.OwnsMany(a => a.Sessions, session => session.ToJson());
        activity.Navigation(a => a.Sessions).HasField("sessions").UsePropertyAccessMode(PropertyAccessMode.Field);

        activity.HasIndex(a => new { a.District, a.OrganizerUnitId, a.StartsAt });
        activity.HasIndex(a => new { a.District, a.StartsAt });
    }
}
