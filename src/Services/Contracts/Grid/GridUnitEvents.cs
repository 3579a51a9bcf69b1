using MassTransit;

namespace Governance.Contracts.Grid;

/// <summary>
/// The reference data of a territorial unit as other services keep it. Every unit event
/// carries the unit's whole state after the change, so a consumer can apply them in any
/// order: the latest <see cref="IIntegrationEvent.OccurredAt"/> wins.
/// </summary>
public interface IGridUnitState : IIntegrationEvent
{
    Guid UnitId { get; }

    /// <summary>The wire name: street, community, grid or building.</summary>
    string Level { get; }

    /// <summary>Null for a street, whose parent is the district itself.</summary>
    Guid? ParentId { get; }

    string Name { get; }

    string? Code { get; }

    /// <summary>
    /// The unit's boundary as GeoJSON (RFC 7946) text: a Polygon or MultiPolygon in WGS 84
    /// longitude/latitude; null when the unit has none (every grid has one, the other levels may).
    /// Events published before boundaries travelled with them carry none either.
    /// </summary>
    string? Boundary { get; }
}

/// <summary>
/// A street, community, grid or building was added to a district's territory. Other services
/// keep their own copy of the units from these events to validate unit ids without calling the
/// grid service.
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
    string? Code,
    string? Boundary = null) : IGridUnitState;

/// <summary>A unit's details changed (it was renamed); the state is the unit after the change.</summary>
[MessageUrn("governance:grid:unit-updated:v1")]
public sealed record GridUnitUpdated(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    string Level,
    Guid? ParentId,
    string Name,
    string? Code,
    string? Boundary = null) : IGridUnitState;

/// <summary>
/// A unit moved under another parent, taking everything beneath it along. <see cref="ParentId"/>
/// is the new parent; <see cref="PreviousParentId"/> the one it left.
/// </summary>
[MessageUrn("governance:grid:unit-moved:v1")]
public sealed record GridUnitMoved(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    string Level,
    Guid? ParentId,
    string Name,
    string? Code,
    Guid? PreviousParentId,
    string? Boundary = null) : IGridUnitState;
