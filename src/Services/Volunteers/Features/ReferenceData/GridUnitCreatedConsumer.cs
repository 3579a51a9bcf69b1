using Governance.Volunteers.Data;
using Governance.ServiceDefaults.ReferenceData;

namespace Governance.Volunteers.Features.ReferenceData;

public sealed class GridUnitCreatedConsumer(VolunteersDbContext db, ILogger<GridUnitCreatedConsumer> logger)
    : KnownUnitsConsumer<VolunteersDbContext>(db, logger);
