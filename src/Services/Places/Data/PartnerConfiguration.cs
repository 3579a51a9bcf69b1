using Governance.Places.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Places.Data;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> partner)
    {
        partner.ToTable("partners");
        partner.HasKey(p => p.Id);
        partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        partner.Property(p => p.Name).HasMaxLength(Partner.MaxNameLength);
        partner.Property(p => p.ContactName).HasMaxLength(Partner.MaxContactNameLength);
        partner.Property(p => p.ContactPhone).HasMaxLength(20);
        partner.Ignore(p => p.EndsOn);
        partner.HasIndex(p => new { p.District, p.Name });
    }
}
