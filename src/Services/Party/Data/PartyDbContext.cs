using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Data;

/// <summary>The party service's own database; its domain tables arrive with the party issue.</summary>
public sealed class PartyDbContext(DbContextOptions<PartyDbContext> options, IDistrictContext districts)
    : DistrictDbContext(options, districts)
{
    public DbSet<KnownUnit> KnownUnits => Set<KnownUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        KnownUnit.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class PartyDesignTimeDbContextFactory : DesignTimeDbContextFactory<PartyDbContext>;
