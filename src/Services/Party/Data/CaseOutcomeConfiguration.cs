using Governance.Party.Domain.Agenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class CaseOutcomeConfiguration : IEntityTypeConfiguration<CaseOutcome>
{
    public void Configure(EntityTypeBuilder<CaseOutcome> outcome)
    {
        outcome.ToTable("case_outcomes");
        outcome.HasKey(o => o.CaseId);
        outcome.Property(o => o.CaseId).ValueGeneratedNever();
    }
}
