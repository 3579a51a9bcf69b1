using Aspire.Hosting;
using Governance.Contracts.Grid;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>
/// The promise to districts, tested against the real broker and databases: an accepted change
/// is never lost and never takes effect twice, whatever crashes. The effect counted is the row
/// each of the other three services adds to its copy of the grid's units (primary key on the
/// unit id, so a second effect could not hide: it would fail and land in the error queue).
/// </summary>
[Collection(SharedPlatform.Name)]
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
            var copies = await PlatformOperations.EventuallyAsync(() => UnitCopiesAsync(service, district), expected, Patience);
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
}
