using MassTransit;

namespace Governance.Contracts.Places;

/// <summary>A place (service station, centre or partner-run room) opened in a unit of the district.</summary>
/// <param name="Kind">The place's kind as the places service spells it on the wire (kebab-case), e.g. <c>canteen</c>.</param>
[MessageUrn("governance:places:place-opened:v1")]
public sealed record PlaceOpened(
    Guid EventId, string District, DateTimeOffset OccurredAt, Guid PlaceId, string Kind, string Name, Guid UnitId, double Lat, double Lon) : IIntegrationEvent;

/// <summary>A place closed (for renovation, for good); its bookings stay as they were.</summary>
[MessageUrn("governance:places:place-closed:v1")]
public sealed record PlaceClosed(Guid EventId, string District, DateTimeOffset OccurredAt, Guid PlaceId, string? Reason) : IIntegrationEvent;

/// <summary>A closed place opened again.</summary>
[MessageUrn("governance:places:place-reopened:v1")]
public sealed record PlaceReopened(Guid EventId, string District, DateTimeOffset OccurredAt, Guid PlaceId) : IIntegrationEvent;
