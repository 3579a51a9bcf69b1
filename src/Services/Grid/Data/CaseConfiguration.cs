using Governance.Grid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Grid.Data;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<GridCase>
{
    public const string Table = "cases";

    /// <summary>Open cases (<see cref="CaseStatuses.Open"/>) in SQL, the predicate of the partial indexes below.</summary>
    public static readonly string OpenFilter =
        $"\"Status\" IN ('{nameof(CaseStatus.Reported)}', '{nameof(CaseStatus.Accepted)}', '{nameof(CaseStatus.InProgress)}')";

    /// <summary>The partial index the SLA timer scans: open cases not yet marked overdue, by deadline.</summary>
    public static readonly string TimerFilter = $"{OpenFilter} AND NOT \"Overdue\"";

    public void Configure(EntityTypeBuilder<GridCase> item)
    {
        item.ToTable(Table);
        item.HasKey(c => c.Id);
        item.Property(c => c.Id).ValueGeneratedNever();
        item.Property(c => c.Category).HasMaxLength(CaseRules.MaxCategoryLength);
        item.Property(c => c.Title).HasMaxLength(CaseRules.MaxTitleLength);
        item.Property(c => c.Description).HasMaxLength(CaseRules.MaxDescriptionLength);
        item.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        item.Property(c => c.Level).HasConversion<string>().HasMaxLength(16);
        item.Property(c => c.ReporterName).HasMaxLength(CaseRules.MaxNameLength);
        item.Property(c => c.ReporterPhone).HasMaxLength(CaseRules.MaxPhoneLength);
        item.Property(c => c.ReporterAccount).HasMaxLength(CaseRules.MaxAccountLength);
        item.Property(c => c.Address).HasMaxLength(CaseRules.MaxAddressLength);
        item.Property(c => c.MediaUrl).HasMaxLength(CaseRules.MaxMediaUrlLength);
        item.Property(c => c.RequiredSkill).HasMaxLength(CaseRules.MaxSkillLength);
        item.Property(c => c.Resolution).HasMaxLength(CaseRules.MaxTextLength);
        item.Property(c => c.SatisfactionComment).HasMaxLength(CaseRules.MaxTextLength);
        item.Property(c => c.Version).IsRowVersion();
        item.Ignore(c => c.Deadline);
        item.Ignore(c => c.ResponsibleUnitId);

        item.OwnsOne(c => c.Location, location =>
        {
            location.Property(p => p.Lat).HasColumnName("Latitude");
            location.Property(p => p.Lon).HasColumnName("Longitude");
        });

        item.OwnsOne(c => c.Assistance, assistance =>
        {
            assistance.ToJson("Assistance");
            assistance.Property(a => a.Status).HasConversion<string>();
            assistance.OwnsMany(a => a.Volunteers);
        });

        item.OwnsMany(c => c.History, entry =>
        {
            entry.ToTable("case_history");
            entry.WithOwner().HasForeignKey("CaseId");
            entry.HasKey("CaseId", nameof(CaseHistoryEntry.Sequence));
            entry.Property(h => h.Sequence).ValueGeneratedNever();
            entry.Property(h => h.Action).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.Level).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.By).HasMaxLength(CaseRules.MaxActorLength);
            entry.Property(h => h.Reason).HasMaxLength(CaseRules.MaxTextLength);
        });
        item.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        item.HasIndex(c => c.DueAt).HasFilter(TimerFilter).HasDatabaseName("IX_cases_sla_timer");
        item.HasIndex(c => new { c.District, c.GridId, c.Category });
        item.HasIndex(c => new { c.District, c.CommunityId });
        item.HasIndex(c => new { c.District, c.StreetId });
        item.HasIndex(c => new { c.District, c.DueAt, c.Id });
        // Only merged cases are ever looked up by their original; most cases were never merged.
        item.HasIndex(c => c.MergedInto).HasFilter("\"MergedInto\" IS NOT NULL");
        // The duplicate check reads only the open cases near a report, never a grid's or a category's
        // whole backlog: IX_cases_open_located (District, Category, Latitude, Longitude) for open cases
        // with a location, which spans the owned location's columns and so is created in SQL by the
        // DuplicateCheckIndexes migration; the open ones without a location in a grid; and, for a
        // report without a location, its grid's open cases newest first, bounded by the LIMIT.
        item.HasIndex(c => new { c.District, c.GridId, c.Category }, "IX_cases_open_unlocated").HasFilter($"{OpenFilter} AND \"Latitude\" IS NULL");
        item.HasIndex(c => new { c.District, c.GridId, c.Category, c.CreatedAt }, "IX_cases_open_by_grid").HasFilter(OpenFilter);
    }
}
