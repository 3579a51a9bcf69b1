using Governance.Notifications.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Notifications.Data;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item)
    {
        item.ToTable("items");
        item.HasKey(i => i.Id);
        item.Property(i => i.District).HasMaxLength(64);
        item.Property(i => i.Name).HasMaxLength(Item.MaxNameLength);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.ClosingReason).HasMaxLength(Item.MaxReasonLength);
        item.Property(i => i.Version).IsRowVersion();
        item.HasIndex(i => new { i.District, i.Status, i.CreatedAt });
    }
}
