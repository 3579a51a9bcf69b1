using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Data;

/// <summary>The events service's own database; its domain tables arrive with the events issue.</summary>
public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options, IDistrictContext districts)
    : DistrictDbContext(options, districts)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class EventsDesignTimeDbContextFactory : DesignTimeDbContextFactory<EventsDbContext>;
