using Governance.Grid.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Governance.ServiceDefaults.Privacy;

namespace Governance.Grid.Data;

internal sealed class GridWorkerConfiguration : IEntityTypeConfiguration<GridWorker>
{
    public void Configure(EntityTypeBuilder<GridWorker> worker)
    {
        worker.ToTable("grid_workers");
        worker.HasKey(w => w.Id);
        worker.Property(w => w.Name).HasMaxLength(GridWorker.MaxNameLength);
        worker.Property(w => w.Phone).HasMaxLength(PersonalData.MaxPhoneLength);
        worker.Property(w => w.Employment).HasConversion<string>().HasMaxLength(16);
        worker.Property(w => w.Account).HasMaxLength(GridWorker.MaxAccountLength);
        // One worker per login, which the personal-data check looks up by the caller's subject on every request.
        worker.HasIndex(w => new { w.District, w.Account }).IsUnique().HasFilter("\"Account\" IS NOT NULL");
        worker.Ignore(w => w.GridIds);
        worker.OwnsMany(w => w.Assignments, assignment =>
        {
            assignment.ToTable("worker_assignments");
            assignment.WithOwner().HasForeignKey("WorkerId");
            assignment.HasKey("WorkerId", nameof(WorkerAssignment.GridId));
            assignment.Property(a => a.Duty).HasMaxLength(GridWorker.MaxDutyLength);
            assignment.HasIndex(a => a.GridId);
        });
        worker.Navigation(w => w.Assignments).HasField("assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
