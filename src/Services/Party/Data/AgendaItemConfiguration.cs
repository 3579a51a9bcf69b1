using Governance.Party.Domain.Agenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> item)
    {
        item.ToTable("agenda_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).ValueGeneratedNever();
        item.Property(i => i.Category).HasMaxLength(64);
        item.Property(i => i.Level).HasMaxLength(16);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.ClosedBecause).HasMaxLength(16);
        item.HasIndex(i => new { i.OrganizationId, i.Status });
        item.HasIndex(i => new { i.District, i.ResponsibleUnitId, i.Status });
        item.HasIndex(i => i.CaseId);
    }
}
