using Governance.Party.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Governance.ServiceDefaults.Privacy;

namespace Governance.Party.Data;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public void Configure(EntityTypeBuilder<PartyMember> member)
    {
        member.ToTable("party_members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Name).HasMaxLength(PartyMember.MaxNameLength);
        member.Property(m => m.Phone).HasMaxLength(PersonalData.MaxPhoneLength);
        member.Property(m => m.Occupation).HasMaxLength(PartyMember.MaxOccupationLength);
        member.HasIndex(m => m.OrganizationId);
    }
}
