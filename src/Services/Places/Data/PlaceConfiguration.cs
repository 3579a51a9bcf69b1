using System.Text.Json;
using Governance.Places.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Places.Data;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> place)
    {
        place.ToTable("places");
        place.HasKey(p => p.Id);
        place.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        place.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        place.Property(p => p.OperatorKind).HasConversion<string>().HasMaxLength(16);
        place.Property(p => p.Name).HasMaxLength(Place.MaxNameLength);
        place.Property(p => p.Address).HasMaxLength(Place.MaxAddressLength);
        place.Property(p => p.ClosingReason).HasMaxLength(Place.MaxReasonLength);
        // The week is read and written whole, never queried by part: one jsonb value.
        place.Property(p => p.OpeningHours)
            .HasColumnType("jsonb")
            .HasConversion(
                spans => JsonSerializer.Serialize(spans, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<OpeningSpan>>(json, JsonSerializerOptions.Default) ?? new List<OpeningSpan>(),
                new ValueComparer<List<OpeningSpan>>((a, b) => a!.SequenceEqual(b!), spans => spans.Aggregate(0, (hash, s) => HashCode.Combine(hash, s)), spans => spans.ToList()));
        place.Property(p => p.Version).IsRowVersion();
        place.Ignore(p => p.Location);
        place.Ignore(p => p.Hours);
        place.HasIndex(p => new { p.District, p.Kind });
        place.HasIndex(p => p.UnitId);
        place.HasIndex(p => p.PartnerId);
        // "Near" reads a latitude band first, then measures.
        place.HasIndex(p => new { p.District, p.Latitude });
    }
}
