using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Volunteers.Data;

internal sealed class MicroWishConfiguration : IEntityTypeConfiguration<MicroWish>
{
    public const string Table = "micro_wishes";

    /// <summary>The partial index the expiry sweeper scans: unfinished wishes with a deadline.</summary>
    public static readonly string SweeperFilter =
        $"\"Status\" IN ('{nameof(WishStatus.Posted)}', '{nameof(WishStatus.Claimed)}') AND \"Deadline\" IS NOT NULL";

    public void Configure(EntityTypeBuilder<MicroWish> wish)
    {
        wish.ToTable(Table);
        wish.HasKey(w => w.Id);
        wish.Property(w => w.Id).ValueGeneratedNever();
        wish.Property(w => w.Description).HasMaxLength(MicroWish.MaxDescriptionLength);
        wish.Property(w => w.Category).HasConversion<string>().HasMaxLength(16);
        wish.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        wish.Property(w => w.ClaimerName).HasMaxLength(Volunteer.MaxNameLength);
        wish.Property(w => w.ClaimedBySubject).HasMaxLength(MicroWish.MaxActorLength);
        wish.Property(w => w.FulfilmentNote).HasMaxLength(MicroWish.MaxNoteLength);
        wish.Property(w => w.Version).IsRowVersion();
        wish.Ignore(w => w.FromDoorVisit);

        wish.OwnsMany(w => w.History, entry =>
        {
            entry.ToTable("micro_wish_history");
            entry.WithOwner().HasForeignKey("WishId");
            entry.HasKey("WishId", nameof(WishHistoryEntry.Sequence));
            entry.Property(h => h.Sequence).ValueGeneratedNever();
            entry.Property(h => h.Action).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.By).HasMaxLength(MicroWish.MaxActorLength);
            entry.Property(h => h.Note).HasMaxLength(MicroWish.MaxNoteLength);
        });
        wish.Navigation(w => w.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);

        wish.HasIndex(w => w.Deadline).HasFilter(SweeperFilter).HasDatabaseName("IX_micro_wishes_expiry");
        wish.HasIndex(w => new { w.District, w.Status, w.CreatedAt });
        wish.HasIndex(w => new { w.District, w.UnitId });
        wish.HasIndex(w => new { w.District, w.GridId });
    }
}
