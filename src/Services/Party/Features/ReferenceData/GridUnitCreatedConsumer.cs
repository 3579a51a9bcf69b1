using Governance.Party.Data;
using Governance.ServiceDefaults.ReferenceData;

namespace Governance.Party.Features.ReferenceData;

public sealed class GridUnitCreatedConsumer(PartyDbContext db, ILogger<GridUnitCreatedConsumer> logger)
    : KnownUnitsConsumer<PartyDbContext>(db, logger);
