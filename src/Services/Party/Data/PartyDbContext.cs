using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Data;

/// <summary>The party service's own database; its domain tables arrive with the party issue.</summary>
public sealed class PartyDbContext(DbContextOptions<PartyDbContext> options, IDistrictContext districts)
    : DistrictDbContext(options, districts);

internal sealed class PartyDesignTimeDbContextFactory : DesignTimeDbContextFactory<PartyDbContext>;
