using MassTransit;

namespace Governance.Contracts.Grid;

/// <summary>
/// A street, community, grid or building was added to a district's territory. Other services
/// keep their own copy of the units from these events to validate unit ids without calling the
/// grid service. <paramref name="Level"/> is the wire name: street, community, grid or building.
/// </summary>
[MessageUrn("governance:grid:unit-created:v1")]
public sealed record GridUnitCreated(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    string Level,
    Guid? ParentId,
    string Name,
    string? Code) : IIntegrationEvent;
