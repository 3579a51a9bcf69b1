using MassTransit;

namespace Governance.Contracts.Sample;

/// <summary>An item was opened in the sample service. Other domains subscribe to what they need to know.</summary>
[MessageUrn("governance:sample:item-opened:v1")]
public sealed record ItemOpened(Guid EventId, string District, DateTimeOffset OccurredAt, Guid ItemId, string Name) : IIntegrationEvent;

/// <summary>An item was closed, with the reason given.</summary>
[MessageUrn("governance:sample:item-closed:v1")]
public sealed record ItemClosed(Guid EventId, string District, DateTimeOffset OccurredAt, Guid ItemId, string Reason) : IIntegrationEvent;
