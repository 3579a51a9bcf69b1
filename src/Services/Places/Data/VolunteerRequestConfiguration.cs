using System.Text.Json;
using Governance.Places.Domain.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Places.Data;

internal sealed class VolunteerRequestConfiguration : IEntityTypeConfiguration<VolunteerRequest>
{
    public void Configure(EntityTypeBuilder<VolunteerRequest> request)
    {
        request.ToTable("volunteer_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Skill).HasMaxLength(VolunteerRequest.MaxSkillLength);
        request.Property(r => r.Note).HasMaxLength(VolunteerRequest.MaxNoteLength);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        request.Property(r => r.UnmatchedReason).HasMaxLength(VolunteerRequest.MaxReasonLength);
        request.Property(r => r.RequestedBy).HasMaxLength(200);
        // Each answer replaces the whole list, which is only ever read with its request: one jsonb value.
        request.Property(r => r.Volunteers)
            .HasColumnType("jsonb")
            .HasConversion(
                volunteers => JsonSerializer.Serialize(volunteers, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<RequestedVolunteer>>(json, JsonSerializerOptions.Default) ?? new List<RequestedVolunteer>(),
                new ValueComparer<List<RequestedVolunteer>>(
                    (a, b) => a!.SequenceEqual(b!), volunteers => volunteers.Aggregate(0, (hash, v) => HashCode.Combine(hash, v)), volunteers => volunteers.ToList()));
        request.Property(r => r.Version).IsRowVersion();
        request.HasIndex(r => new { r.PlaceId, r.From });
    }
}
