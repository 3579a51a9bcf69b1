using Governance.Events.Data;
using Governance.ServiceDefaults.ReferenceData;

namespace Governance.Events.Features.ReferenceData;

public sealed class GridUnitCreatedConsumer(EventsDbContext db, ILogger<GridUnitCreatedConsumer> logger)
    : KnownUnitsConsumer<EventsDbContext>(db, logger);
