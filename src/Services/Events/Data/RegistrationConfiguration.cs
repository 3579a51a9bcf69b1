using Governance.Events.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Events.Data;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> registration)
    {
        registration.ToTable("registrations");
        registration.HasKey(r => r.Id);
        registration.Property(r => r.Id).ValueGeneratedNever();
        registration.Property(r => r.Code).HasMaxLength(RegistrationCodes.Length);
        registration.Property(r => r.Name).HasMaxLength(Registration.MaxNameLength);
        registration.Property(r => r.Phone).HasMaxLength(ServiceDefaults.Privacy.PersonalData.MaxPhoneLength);
        registration.Property(r => r.Account).HasMaxLength(Registration.MaxAccountLength);
        registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        registration.HasOne<Activity>().WithMany().HasForeignKey(r => r.ActivityId);
        // The guarantee behind "unique per event": two codes drawn alike can never both be stored.
        registration.HasIndex(r => new { r.ActivityId, r.Code }).IsUnique();
        registration.HasIndex(r => new { r.ActivityId, r.Status });
    }
}
