using Governance.Party.Domain.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class GroupVisitConfiguration : IEntityTypeConfiguration<GroupVisit>
{
    public void Configure(EntityTypeBuilder<GroupVisit> visit)
    {
        visit.ToTable("group_visits");
        visit.HasKey(v => v.VisitId);
        visit.Property(v => v.VisitId).ValueGeneratedNever();
        visit.HasIndex(v => new { v.GroupId, v.VisitedAt });
    }
}
