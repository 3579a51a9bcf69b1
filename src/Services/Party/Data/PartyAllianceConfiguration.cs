using Governance.Party.Domain.Alliances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class PartyAllianceConfiguration : IEntityTypeConfiguration<PartyAlliance>
{
    public void Configure(EntityTypeBuilder<PartyAlliance> alliance)
    {
        alliance.ToTable("party_alliances");
        alliance.HasKey(a => a.Id);
        alliance.Property(a => a.PartnerName).HasMaxLength(PartyAlliance.MaxNameLength);
        alliance.Property(a => a.PartnerKind).HasConversion<string>().HasMaxLength(32);
        alliance.Ignore(a => a.EndsOn);
        alliance.HasIndex(a => new { a.District, a.CommunityUnitId });
    }
}
