using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.Contracts;
using Governance.Contracts.Grid;
using MassTransit;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>
/// An independent subscriber on the real broker that counts how often each of the grid's events
/// was published (its first deliveries, by event id, in arrival order), so duplicates that a
/// service's inbox would hide, losses and reordering all become visible. Its queue is durable, so nothing is missed while the broker restarts.
/// </summary>
public sealed class DeliveryCounter : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, int> deliveries = new();
    private readonly ConcurrentQueue<IIntegrationEvent> arrivals = new();
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
                // The broker removes the queue a minute after the counter stops using it.
                endpoint.Durable = true;
                endpoint.AutoDelete = false;
                endpoint.SetQueueArgument("x-expires", 60_000);
                // One at a time, so the recorded arrival order is the queue's order (MassTransit otherwise handles a prefetch concurrently).
                endpoint.ConcurrentMessageLimit = 1;
                counter.Count<GridUnitCreated>(endpoint);
                counter.Count<GridUnitUpdated>(endpoint);
                counter.Count<CaseReported>(endpoint);
                counter.Count<AssistanceRequested>(endpoint);
                counter.Count<DoorVisitRecorded>(endpoint);
                counter.Count<MicroWishVoiced>(endpoint);
            });
        });
        await counter.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return counter;
    }

    private void Count<T>(IReceiveEndpointConfigurator endpoint) where T : class, IIntegrationEvent =>
        endpoint.Handler<T>(context =>
        {
            // A redelivery is the broker repeating one publish to this subscriber (its channel reset before the ack),
            // not a second publish: only first deliveries count.
            if (!context.ReceiveContext.Redelivered)
            {
                deliveries.AddOrUpdate(context.Message.EventId, 1, (_, n) => n + 1);
                arrivals.Enqueue(context.Message);
            }

            return Task.CompletedTask;
        });

    public int DeliveriesOf(Guid eventId) => deliveries.TryGetValue(eventId, out var n) ? n : 0;

    /// <summary>The distinct events of type <typeparamref name="T"/> that arrived, in order of first arrival.</summary>
    public IReadOnlyList<T> Delivered<T>(Func<T, bool> where) where T : IIntegrationEvent =>
        arrivals.OfType<T>().Where(where).DistinctBy(e => e.EventId).ToList();

    /// <summary>Waits until <paramref name="expected"/> distinct matching events arrived (or the timeout passed); returns how many did.</summary>
    public Task<int> WaitForAsync<T>(Func<T, bool> where, int expected, TimeSpan timeout) where T : IIntegrationEvent =>
        Eventually.ReadAsync(() => Task.FromResult(Delivered(where).Count), count => count >= expected, timeout);

    /// <summary>Asserts that each matching event arrived exactly once, after giving stragglers a moment.</summary>
    public async Task AssertEachDeliveredOnceAsync<T>(Func<T, bool> where) where T : IIntegrationEvent
    {
        await Task.Delay(TimeSpan.FromSeconds(2)); // let any duplicate arrive
        var twice = Delivered(where).Where(e => DeliveriesOf(e.EventId) != 1).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} {typeof(T).Name} event(s) arrived more than once, e.g. {twice.FirstOrDefault()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }
    }
}
