using Governance.Party.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Party.Data;

internal sealed class DoubleReportConfiguration : IEntityTypeConfiguration<DoubleReport>
{
    public void Configure(EntityTypeBuilder<DoubleReport> report)
    {
        report.ToTable("double_reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.ReporterKind).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.ReporterName).HasMaxLength(200);
        report.HasIndex(r => new { r.District, r.CommunityUnitId });
        // A reporter registers with a community once; a second report is a conflict, not a new record.
        report.HasIndex(r => new { r.District, r.ReporterId, r.CommunityUnitId }).IsUnique();
    }
}
