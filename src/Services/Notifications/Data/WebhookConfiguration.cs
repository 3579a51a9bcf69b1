using Governance.Notifications.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Notifications.Data;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> webhook)
    {
        webhook.ToTable("webhooks");
        webhook.HasKey(w => w.Id);
        webhook.Property(w => w.Id).ValueGeneratedNever();
        webhook.Property(w => w.Url).HasMaxLength(Webhook.MaxUrlLength);
        // text[]: the feed's transaction matches a frame's type and family with = ANY("Types").
        webhook.Property(w => w.Types).HasColumnType("text[]");
        webhook.Property(w => w.Secret).HasMaxLength(Webhook.MaxSecretLength);
        webhook.Ignore(w => w.Status);
        webhook.HasIndex(w => new { w.District, w.Active });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    /// <summary>The status as stored (and written by the feed's SQL): the enum name in lower case.</summary>
    public static string Stored(WebhookDeliveryStatus status) => status.ToString().ToLowerInvariant();

    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("webhook_deliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Id).ValueGeneratedNever();
        delivery.Property(d => d.Type).HasMaxLength(64);
        delivery.Property(d => d.Status).HasMaxLength(16)
            .HasConversion(s => Stored(s), s => Enum.Parse<WebhookDeliveryStatus>(s, true));
        delivery.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        // Deleting a webhook keeps it (and its deliveries) readable; the key only keeps deliveries from pointing nowhere.
        delivery.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasIndex(d => new { d.WebhookId, d.CreatedAt });
        // The dispatcher's claim: due deliveries only, by time.
        delivery.HasIndex(d => d.NextAttemptAt).HasFilter("\"Status\" IN ('pending', 'retrying')");
        // What each webhook has in flight (the dispatcher's per-webhook share); claims are few and short.
        delivery.HasIndex(d => d.ClaimedUntil).HasFilter("\"ClaimedUntil\" IS NOT NULL");
        // The retention sweep deletes by age across districts.
        delivery.HasIndex(d => d.CreatedAt);
    }
}
