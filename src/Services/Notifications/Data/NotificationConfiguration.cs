using Governance.Notifications.Domain.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Notifications.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Recipient).HasMaxLength(Notification.MaxRecipientLength);
        notification.Property(n => n.Kind).HasMaxLength(64);
        notification.Property(n => n.Facts).HasColumnType("jsonb");
        notification.HasIndex(n => new { n.District, n.Recipient, n.CreatedAt });
        notification.HasIndex(n => new { n.CausedBy, n.Recipient }).IsUnique();
    }
}
