using Governance.Places.Domain.Bookings;
using Governance.Places.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Places.Data;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings");
        booking.HasKey(b => b.Id);
        booking.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        booking.Property(b => b.PlaceKind).HasConversion<string>().HasMaxLength(32);
        booking.Property(b => b.Name).HasMaxLength(Booking.MaxNameLength);
        booking.Property(b => b.Phone).HasMaxLength(20);
        booking.Property(b => b.Code).HasMaxLength(Booking.CodeLength);
        booking.Property(b => b.BookedBy).HasMaxLength(200);
        // A slot's capacity check reads only the place's live bookings around it.
        booking.HasIndex(b => new { b.PlaceId, b.From }).HasFilter("\"Status\" = 'Booked'");
        booking.HasIndex(b => new { b.District, b.BookedBy });
    }
}

internal sealed class PlaceVisitConfiguration : IEntityTypeConfiguration<PlaceVisit>
{
    public void Configure(EntityTypeBuilder<PlaceVisit> visit)
    {
        visit.ToTable("visits");
        visit.HasKey(v => v.Id);
        visit.Property(v => v.PlaceKind).HasConversion<string>().HasMaxLength(32);
        visit.Property(v => v.Purpose).HasMaxLength(PlaceVisit.MaxPurposeLength);
        visit.Property(v => v.RecordedBy).HasMaxLength(200);
        visit.HasIndex(v => new { v.PlaceId, v.At });
    }
}
