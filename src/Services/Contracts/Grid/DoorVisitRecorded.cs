using MassTransit;

namespace Governance.Contracts.Grid;

/// <summary>
/// A door visit (上门走访) to a household was recorded, by a 3+2 group (<paramref name="GroupId"/>,
/// the party service's id) and/or a grid worker. The party service lists a group's visits from it.
/// No resident or visitor names: the household's grid and the number of wishes voiced only.
/// </summary>
[MessageUrn("governance:grid:door-visit-recorded:v1")]
public sealed record DoorVisitRecorded(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid VisitId,
    Guid? GroupId,
    Guid? WorkerId,
    Guid GridId,
    DateTimeOffset VisitedAt,
    int WishCount) : IIntegrationEvent;
