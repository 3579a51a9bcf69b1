using MassTransit;

namespace Governance.Contracts.Volunteers;

/// <summary>
/// The volunteer service reports a micro-wish voiced in a door visit as fulfilled.
/// <paramref name="FulfilledBy"/> names the volunteer team or party member who helped, as the
/// volunteer service shows it publicly; never a resident.
/// </summary>
[MessageUrn("governance:volunteers:micro-wish-fulfilled:v1")]
public sealed record MicroWishFulfilled(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid WishId,
    DateTimeOffset FulfilledAt,
    string? Note,
    string? FulfilledBy) : IIntegrationEvent;
