using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.Contracts.Grid;
using MassTransit;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>
/// The promise to districts, tested against the real broker and databases: an accepted change
/// is never lost and never takes effect twice, whatever crashes. The effect counted is the row
/// each of the other three services adds to its copy of the grid's units (primary key on the
/// unit id, so a second effect could not hide: it would fail and land in the error queue).
/// </summary>
[Collection(ExclusivePlatform.Name)]
public class ReliableMessagingTests(PlatformFixture platform)
{
    private static readonly string[] Consumers = ["party", "volunteers", "events"];
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private DistributedApplication App => platform.App;

    private Task<long> UnitCopiesAsync(string service, string district) =>
        App.CountAsync($"{service}-db", "SELECT count(*) FROM known_units WHERE \"District\" = $1", district);

    private async Task AssertEveryChangeTookEffectOnceAsync(string district, int expected)
    {
        foreach (var service in Consumers)
        {
            var copies = await Eventually.CountAsync(() => UnitCopiesAsync(service, district), expected, Patience);
            if (copies != expected)
            {
                var pending = await App.CountAsync("grid-db", "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"SentAt\" IS NULL", district);
                var others = string.Join(", ", await Task.WhenAll(Consumers.Select(async c => $"{c}={await UnitCopiesAsync(c, district)}")));
                var errors = (await platform.ErrorQueueAsync(service)).Count;
                Assert.Fail($"{service} has {copies} of {expected}; outbox pending {pending}; copies {others}; {service} error queue {errors}");
            }
        }
    }

    [Fact]
    public async Task A_created_unit_reaches_every_other_service_and_continues_the_trace()
    {
        var ids = await platform.CreateStreetsAsync("flow-district", 3);

        await AssertEveryChangeTookEffectOnceAsync("flow-district", ids.Count);
        Assert.Equal(0, await App.CountAsync("grid-db", "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"SentAt\" IS NULL", "flow-district"));
        Assert.Equal(ids.Count, await App.CountAsync("grid-db",
            "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"TraceParent\" IS NOT NULL", "flow-district"));
    }

    [Fact]
    public async Task Changes_accepted_while_the_broker_is_down_are_all_delivered_once_it_returns()
    {
        const string district = "fault-broker";
        await using var counter = await DeliveryCounter.StartAsync(App);
        await App.StopBrokerAsync();
        IReadOnlyList<Guid> ids;
        try
        {
            ids = await platform.CreateStreetsAsync(district, 1000);
            Assert.Equal(1000, await App.CountAsync("grid-db",
                "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"SentAt\" IS NULL", district));
        }
        finally
        {
            await App.StartBrokerAsync();
        }

        await AssertEveryChangeTookEffectOnceAsync(district, ids.Count);
        Assert.Equal(ids.Count, await counter.WaitForAsync<GridUnitCreated>(e => ids.Contains(e.UnitId), ids.Count, Patience));
        await counter.AssertEachDeliveredOnceAsync<GridUnitCreated>(e => ids.Contains(e.UnitId));
    }

    [Fact]
    public async Task Two_relays_on_one_outbox_never_publish_a_row_twice()
    {
        const string district = "fault-replicas";
        await using var counter = await DeliveryCounter.StartAsync(App);

        var ids = await platform.CreateStreetsAsync(district, 500, parallelism: 16);

        Assert.Equal(ids.Count, await counter.WaitForAsync<GridUnitCreated>(e => ids.Contains(e.UnitId), ids.Count, Patience));
        await counter.AssertEachDeliveredOnceAsync<GridUnitCreated>(e => ids.Contains(e.UnitId));
        await AssertEveryChangeTookEffectOnceAsync(district, ids.Count);
    }

    [Fact]
    public async Task Copies_of_one_event_delivered_at_once_and_again_later_take_effect_once_and_none_is_an_error()
    {
        // Consumers apply the effect and record the inbox row in one save, so copies racing in run the
        // handler side by side: all but one must roll back, and none may count as a failure.
        const string district = "fault-copies";
        var copy = new GridUnitCreated(Guid.NewGuid(), district, DateTimeOffset.UtcNow, Guid.NewGuid(), "street", null, "Copied Street", null);
        var broker = new Uri((await App.GetConnectionStringAsync("messaging"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker));
        await bus.StartAsync();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => bus.Publish(copy, context => context.MessageId = copy.EventId)));
            await AssertEveryChangeTookEffectOnceAsync(district, 1);
            await bus.Publish(copy, context => context.MessageId = copy.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // the late copy is consumed
        await AssertEveryChangeTookEffectOnceAsync(district, 1);
        foreach (var service in Consumers)
        {
            Assert.DoesNotContain(await platform.ErrorQueueAsync(service), m => m.GetProperty("messageId").GetString() == copy.EventId.ToString());
            Assert.Equal(1, await App.CountAsync($"{service}-db", "SELECT count(*) FROM inbox_messages WHERE \"EventId\" = $1", copy.EventId));
        }
    }
}
