using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.Contracts.Grid;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Districts;
using Governance.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>
/// The Messaging building block's outbox relay, run in a host of the test's own on the platform's
/// PostgreSQL and RabbitMQ, with one publish made to fail on purpose: only the second of an
/// aggregate's three events. The first goes out, the second and third wait, and once publishing
/// works again both follow, in order, each exactly once.
/// </summary>
public class OutboxRelayTests(PlatformFixture platform)
{
    private const string District = "relay-probe";

    [Fact]
    public async Task When_only_the_second_publish_of_an_aggregate_fails_the_later_event_waits_and_all_arrive_once_in_order()
    {
        await using var counter = await DeliveryCounter.StartAsync(platform.App);
        var database = $"relay_probe_{Guid.NewGuid():N}";
        using var host = await StartRelayHostAsync(database);
        var refuse = new RefuseOnePublish(name: "Second name");
        host.Services.GetRequiredService<IBus>().ConnectPublishObserver(refuse);
        try
        {
            var unitId = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            GridUnitCreated created = new(Guid.CreateVersion7(), District, now, unitId, "street", null, "First name", null);
            GridUnitUpdated second = new(Guid.CreateVersion7(), District, now, unitId, "street", null, "Second name", null);
            GridUnitUpdated third = new(Guid.CreateVersion7(), District, now, unitId, "street", null, "Third name", null);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RelayProbeContext>();
                db.Raise(created, unitId);
                db.Raise(second, unitId);
                db.Raise(third, unitId);
                await db.SaveChangesAsync();
            }

            Assert.True(await refuse.WaitForRefusalsAsync(2, TimeSpan.FromSeconds(30)), "The relay never retried the refused publish.");
            var rows = await RowsAsync(host);
            Assert.NotNull(rows[created.EventId].SentAt);
            Assert.Null(rows[second.EventId].SentAt);
            Assert.NotNull(rows[second.EventId].LastError);
            Assert.Equal((null, 0, null), (rows[third.EventId].SentAt, rows[third.EventId].Attempts, rows[third.EventId].LastError));
            Assert.Equal(1, await counter.WaitForAsync<GridUnitCreated>(e => e.UnitId == unitId, 1, TimeSpan.FromSeconds(10)));
            Assert.Empty(counter.Delivered<GridUnitUpdated>(e => e.UnitId == unitId));

            refuse.Stop();

            Assert.Equal(2, await counter.WaitForAsync<GridUnitUpdated>(e => e.UnitId == unitId, 2, TimeSpan.FromSeconds(30)));
            await counter.AssertEachDeliveredOnceAsync<GridUnitUpdated>(e => e.UnitId == unitId);
            Assert.Equal(1, counter.DeliveriesOf(created.EventId));
            Assert.Equal(["Second name", "Third name"], counter.Delivered<GridUnitUpdated>(e => e.UnitId == unitId).Select(e => e.Name));
            Assert.All((await RowsAsync(host)).Values, row => Assert.NotNull(row.SentAt));
        }
        finally
        {
            await host.StopAsync();
            await platform.App.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private async Task<IHost> StartRelayHostAsync(string database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:relay-db"] = await platform.App.GetConnectionStringAsync("postgres") + $";Database={database}";
        builder.Configuration["ConnectionStrings:messaging"] = await platform.App.GetConnectionStringAsync("messaging");
        builder.Configuration["Messaging:RelayPollInterval"] = "00:00:00.200";
        builder.Configuration["Messaging:RelayMaxBackoff"] = "00:00:00.500";
        builder.Services.AddDistrictContext(builder.Configuration);
        builder.AddServiceDatabase<RelayProbeContext>("relay-db");
        builder.AddMessaging<RelayProbeContext>("relay-probe", typeof(RelayProbeContext).Assembly);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RelayProbeContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        return host;
    }

    private static async Task<Dictionary<Guid, OutboxMessage>> RowsAsync(IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RelayProbeContext>().Set<OutboxMessage>().AsNoTracking().ToDictionaryAsync(m => m.EventId);
    }

    /// <summary>A database with nothing but the outbox and inbox every service database has.</summary>
    public sealed class RelayProbeContext(DbContextOptions<RelayProbeContext> options) : MessagingDbContext(options);

    /// <summary>Fails every publish of the unit update carrying <paramref name="name"/> until stopped, as a broker refusing it would.</summary>
    private sealed class RefuseOnePublish(string name) : IPublishObserver
    {
        private volatile bool refusing = true;
        private int refusals;

        public void Stop() => refusing = false;

        public async Task<bool> WaitForRefusalsAsync(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (Volatile.Read(ref refusals) < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            return Volatile.Read(ref refusals) >= count;
        }

        public Task PrePublish<T>(PublishContext<T> context) where T : class
        {
            if (refusing && context.Message is GridUnitUpdated update && update.Name == name)
            {
                Interlocked.Increment(ref refusals);
                throw new InvalidOperationException("Refused by the test: this publish fails.");
            }

            return Task.CompletedTask;
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
