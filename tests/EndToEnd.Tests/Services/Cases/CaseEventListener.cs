using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.Contracts;
using Governance.Contracts.Grid;
using MassTransit;

namespace Governance.EndToEnd.Tests.Services.Cases;

/// <summary>An independent subscriber on the real broker that keeps every case event it receives, duplicates included.</summary>
public sealed class CaseEventListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<IIntegrationEvent> received = new();
    private IBusControl? bus;

    public static async Task<CaseEventListener> StartAsync(DistributedApplication app)
    {
        var listener = new CaseEventListener();
        var broker = new Uri((await app.GetConnectionStringAsync("messaging"))!);
        listener.bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.ReceiveEndpoint($"e2e-cases-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Handler<CaseReported>(context => listener.Keep(context.Message));
                endpoint.Handler<CaseEscalated>(context => listener.Keep(context.Message));
                endpoint.Handler<CaseResolved>(context => listener.Keep(context.Message));
                endpoint.Handler<CaseClosed>(context => listener.Keep(context.Message));
                endpoint.Handler<CaseAccepted>(context => listener.Keep(context.Message));
                endpoint.Handler<CaseOverdue>(context => listener.Keep(context.Message));
                endpoint.Handler<CaseReopened>(context => listener.Keep(context.Message));
                endpoint.Handler<AssistanceRequested>(context => listener.Keep(context.Message));
            });
        });
        await listener.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return listener;
    }

    public IReadOnlyList<T> Of<T>(Func<T, bool> where) => received.OfType<T>().Where(where).ToList();

    /// <summary>Waits until at least <paramref name="count"/> matching events arrived (or the timeout passed), then returns them all.</summary>
    public Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> where, int count, TimeSpan timeout) =>
        Eventually.ReadAsync(() => Task.FromResult(Of(where)), events => events.Count >= count, timeout);

    private Task Keep(IIntegrationEvent message)
    {
        received.Enqueue(message);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
        {
            await bus.StopAsync();
        }
    }
}
