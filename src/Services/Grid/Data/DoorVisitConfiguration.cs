using Governance.Grid.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Grid.Data;

internal sealed class DoorVisitConfiguration : IEntityTypeConfiguration<DoorVisit>
{
    public void Configure(EntityTypeBuilder<DoorVisit> visit)
    {
        visit.ToTable("door_visits");
        visit.HasKey(v => v.Id);
        visit.Property(v => v.Notes).HasMaxLength(DoorVisit.MaxNotesLength);
        visit.HasOne<Household>().WithMany().HasForeignKey(v => v.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        visit.HasIndex(v => new { v.District, v.HouseholdId, v.VisitedAt });
        visit.HasIndex(v => new { v.District, v.GridId, v.VisitedAt });
        visit.HasIndex(v => new { v.District, v.GroupId, v.VisitedAt });

        // Visitors are only ever read with their visit.
        visit.OwnsMany(v => v.Visitors, visitor =>
        {
            visitor.ToJson("visitors");
            visitor.Property(v => v.Role).HasConversion<string>();
        });
        visit.Navigation(v => v.Visitors).HasField("visitors").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Wishes get their own table: fulfilment reports from the volunteer service find them by id.
        visit.OwnsMany(v => v.Wishes, wish =>
        {
            wish.ToTable("micro_wishes");
            wish.WithOwner().HasForeignKey("VisitId");
            wish.HasKey(w => w.Id);
            wish.Property(w => w.Id).ValueGeneratedNever();
            wish.Property(w => w.Description).HasMaxLength(MicroWish.MaxDescriptionLength);
            wish.Property(w => w.Category).HasConversion<string>().HasMaxLength(32);
            wish.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
            wish.Property(w => w.FulfilledNote).HasMaxLength(MicroWish.MaxNoteLength);
            wish.Property(w => w.FulfilledBy).HasMaxLength(MicroWish.MaxFulfilledByLength);
        });
        visit.Navigation(v => v.Wishes).HasField("wishes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
