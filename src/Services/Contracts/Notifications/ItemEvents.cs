using MassTransit;

namespace Governance.Contracts.Notifications;

/// <summary>An item was opened in the notifications service. Other domains subscribe to what they need to know.</summary>
[MessageUrn("governance:notifications:item-opened:v1")]
public sealed record ItemOpened(Guid EventId, string District, DateTimeOffset OccurredAt, Guid ItemId, string Name) : IIntegrationEvent;

/// <summary>An item was closed, with the reason given.</summary>
[MessageUrn("governance:notifications:item-closed:v1")]
public sealed record ItemClosed(Guid EventId, string District, DateTimeOffset OccurredAt, Guid ItemId, string Reason) : IIntegrationEvent;
