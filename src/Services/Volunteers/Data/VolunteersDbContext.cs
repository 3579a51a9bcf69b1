using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Data;

/// <summary>The volunteers service's own database; its domain tables arrive with the volunteers issue.</summary>
public sealed class VolunteersDbContext(DbContextOptions<VolunteersDbContext> options, IDistrictContext districts)
    : DistrictDbContext(options, districts)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class VolunteersDesignTimeDbContextFactory : DesignTimeDbContextFactory<VolunteersDbContext>;
