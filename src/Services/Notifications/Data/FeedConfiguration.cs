using Governance.Notifications.Domain.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Notifications.Data;

internal sealed class FeedEntryConfiguration : IEntityTypeConfiguration<FeedEntry>
{
    public void Configure(EntityTypeBuilder<FeedEntry> entry)
    {
        entry.ToTable("feed_entries");
        entry.HasKey(e => new { e.District, e.Id });
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Type).HasMaxLength(64);
        entry.Property(e => e.Family).HasMaxLength(32);
        entry.Property(e => e.Band).HasMaxLength(16);
        entry.Property(e => e.Recipient).HasMaxLength(200);
        entry.Property(e => e.Facts).HasColumnType("jsonb");
        entry.Ignore(e => e.Where);
        // The retention sweep deletes by age across districts.
        entry.HasIndex(e => e.RecordedAt);
    }
}

internal sealed class FeedCounterConfiguration : IEntityTypeConfiguration<FeedCounter>
{
    public void Configure(EntityTypeBuilder<FeedCounter> counter)
    {
        counter.ToTable("feed_counters");
        counter.HasKey(c => c.District);
        counter.Property(c => c.District).HasMaxLength(64);
    }
}

internal sealed class FeedSubjectConfiguration : IEntityTypeConfiguration<FeedSubject>
{
    public void Configure(EntityTypeBuilder<FeedSubject> subject)
    {
        subject.ToTable("feed_subjects");
        subject.HasKey(s => s.Id);
        subject.Property(s => s.Id).ValueGeneratedNever();
    }
}

internal sealed class FeedTicketConfiguration : IEntityTypeConfiguration<FeedTicket>
{
    public void Configure(EntityTypeBuilder<FeedTicket> ticket)
    {
        ticket.ToTable("feed_tickets");
        ticket.HasKey(t => t.Hash);
        ticket.Property(t => t.Hash).HasMaxLength(64);
        ticket.Property(t => t.District).HasMaxLength(64);
        ticket.Property(t => t.Subject).HasMaxLength(200);
        ticket.HasIndex(t => t.ExpiresAt);
    }
}
