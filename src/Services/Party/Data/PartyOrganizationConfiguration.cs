using Governance.Party.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class PartyOrganizationConfiguration : IEntityTypeConfiguration<PartyOrganization>
{
    public void Configure(EntityTypeBuilder<PartyOrganization> organization)
    {
        organization.ToTable("party_organizations");
        organization.HasKey(o => o.Id);
        organization.Property(o => o.Level).HasConversion<string>().HasMaxLength(32);
        organization.Property(o => o.Name).HasMaxLength(PartyOrganization.MaxNameLength);
        organization.HasIndex(o => new { o.District, o.ParentId });
        // One territorial organisation per unit and level; mobile branches share their committee's unit.
        organization.HasIndex(o => new { o.District, o.UnitId, o.Level }).IsUnique().HasFilter("NOT \"Mobile\"");
    }
}
