using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.Contracts.Grid;
using MassTransit;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>
/// An independent subscriber on the real broker that counts every GridUnitCreated delivered to
/// it by event id, so duplicates that a service's inbox would hide become visible.
/// </summary>
public sealed class DeliveryCounter : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, int> deliveries = new();
    private IBusControl? bus;

    public static async Task<DeliveryCounter> StartAsync(DistributedApplication app)
    {
        var counter = new DeliveryCounter();
        var broker = new Uri((await app.GetConnectionStringAsync("messaging"))!);
        counter.bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.ReceiveEndpoint($"e2e-counter-{Guid.NewGuid():N}", endpoint =>
            {
                // Durable, so deliveries made while the broker restarts and this bus reconnects are kept;
                // the broker removes the queue a minute after the counter stops using it.
                endpoint.Durable = true;
                endpoint.AutoDelete = false;
                endpoint.SetQueueArgument("x-expires", 60_000);
                endpoint.Handler<GridUnitCreated>(context =>
                {
                    counter.deliveries.AddOrUpdate(context.Message.UnitId, 1, (_, n) => n + 1);
                    return Task.CompletedTask;
                });
            });
        });
        await counter.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return counter;
    }

    public int DeliveriesOf(Guid unitId) => deliveries.TryGetValue(unitId, out var n) ? n : 0;

    public async Task<int> WaitForAsync(IReadOnlyCollection<Guid> unitIds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (unitIds.Any(id => DeliveriesOf(id) == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        return unitIds.Count(id => DeliveriesOf(id) > 0);
    }

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }
    }
}
