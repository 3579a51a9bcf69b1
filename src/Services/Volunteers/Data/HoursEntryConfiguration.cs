using Governance.Volunteers.Domain.Hours;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Volunteers.Data;

internal sealed class HoursEntryConfiguration : IEntityTypeConfiguration<HoursEntry>
{
    public void Configure(EntityTypeBuilder<HoursEntry> entry)
    {
        entry.ToTable("hours_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Source).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.Hours).HasPrecision(6, 2);
        entry.Property(e => e.Reason).HasMaxLength(HoursEntry.MaxReasonLength);
        entry.Property(e => e.DecisionNote).HasMaxLength(HoursEntry.MaxReasonLength);
        entry.Property(e => e.CreatedBy).HasMaxLength(HoursEntry.MaxActorLength);
        entry.Property(e => e.DecidedBy).HasMaxLength(HoursEntry.MaxActorLength);
        entry.Property(e => e.Version).IsRowVersion();
        entry.Ignore(e => e.IsOpen);
        entry.Ignore(e => e.Period);

        entry.OwnsMany(e => e.Corrections, correction =>
        {
            correction.ToTable("hours_corrections");
            correction.WithOwner().HasForeignKey("EntryId");
            correction.HasKey("EntryId", nameof(HoursCorrection.Sequence));
            correction.Property(c => c.Sequence).ValueGeneratedNever();
            correction.Property(c => c.By).HasMaxLength(HoursEntry.MaxActorLength);
            correction.Property(c => c.Reason).HasMaxLength(HoursEntry.MaxReasonLength);
            correction.Property(c => c.BeforeHours).HasPrecision(6, 2);
            correction.Property(c => c.AfterHours).HasPrecision(6, 2);
            correction.Ignore(c => c.Before);
            correction.Ignore(c => c.After);
        });
        entry.Navigation(e => e.Corrections).HasField("corrections").UsePropertyAccessMode(PropertyAccessMode.Field);

        entry.HasIndex(e => new { e.District, e.VolunteerId, e.StartedAt });
        // One open check-in per volunteer, whatever two racing requests try.
        entry.HasIndex(e => e.VolunteerId).IsUnique().HasFilter("\"EndedAt\" IS NULL").HasDatabaseName("IX_hours_entries_open_check_in");
        // An event's attendance is credited once per volunteer, even if the events service reports it twice.
        entry.HasIndex(e => new { e.VolunteerId, e.SourceId }).IsUnique()
            .HasFilter($"\"Source\" = '{nameof(HoursSource.Event)}'").HasDatabaseName("IX_hours_entries_event_credit");
        entry.HasIndex(e => new { e.District, e.Status, e.StartedAt });
    }
}
