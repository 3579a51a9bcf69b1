using Governance.Events.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Events.Data;

internal sealed class AlliancePartnerConfiguration : IEntityTypeConfiguration<AlliancePartner>
{
    public void Configure(EntityTypeBuilder<AlliancePartner> partner)
    {
        partner.ToTable("alliance_partners");
        partner.HasKey(p => p.AllianceId);
        partner.Property(p => p.AllianceId).ValueGeneratedNever();
        partner.Property(p => p.PartnerName).HasMaxLength(AlliancePartner.MaxNameLength);
        partner.Property(p => p.PartnerKind).HasMaxLength(32);
    }
}
