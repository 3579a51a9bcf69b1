using System.Globalization;
using Governance.BuildingBlocks.Data;
using Governance.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Governance.BuildingBlocks.Messaging;

/// <summary>
/// A service database that also talks to other services: it holds the outbox its events leave
/// from and the inbox that makes each consumed event take effect once. Derive a service's
/// DbContext from it to raise or consume integration events.
/// </summary>
public abstract class MessagingDbContext(DbContextOptions options) : DistrictDbContext(options)
{
    /// <summary>
    /// Records an integration event in the outbox; it is written by the same SaveChanges (and so
    /// the same transaction) as the state change, and published afterwards by the relay.
    /// Events of one <paramref name="aggregateId"/> are published in the order they were raised.
    /// </summary>
    public void Raise(IIntegrationEvent integrationEvent, object aggregateId) =>
        Set<OutboxMessage>().Add(OutboxMessage.For(integrationEvent, Convert.ToString(aggregateId, CultureInfo.InvariantCulture)!));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        OutboxMessage.Configure(modelBuilder);
        InboxMessage.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
