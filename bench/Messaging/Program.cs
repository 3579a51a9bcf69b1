using System.Collections.Concurrent;
using System.Diagnostics;
using Governance.Bench.Messaging;
using Governance.Contracts.Grid;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Districts;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Outbox-to-consumer against a raw MassTransit publish→consume baseline, in one run, on the
// same broker and machine. Usage: Governance.Bench.Messaging <postgres connection string> <amqp uri>
var count = int.Parse(Environment.GetEnvironmentVariable("BENCH_MESSAGES") ?? "5000", System.Globalization.CultureInfo.InvariantCulture);
var rate = int.Parse(Environment.GetEnvironmentVariable("BENCH_RATE") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
var seconds = int.Parse(Environment.GetEnvironmentVariable("BENCH_SECONDS") ?? "10", System.Globalization.CultureInfo.InvariantCulture);

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Error);
builder.Configuration["ConnectionStrings:bench-db"] = args[0];
builder.Configuration["ConnectionStrings:messaging"] = args[1];
builder.Services.AddDistrictContext(builder.Configuration);
builder.Services.AddSingleton<Deliveries>();
builder.AddServiceDatabase<BenchDbContext>("bench-db");
builder.AddMessaging<BenchDbContext>("bench", typeof(BenchDbContext).Assembly);
using var host = builder.Build();

await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync();
}

await host.StartAsync();
var bus = host.Services.GetRequiredService<IBus>();
var deliveries = host.Services.GetRequiredService<Deliveries>();
var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
await Task.Delay(TimeSpan.FromSeconds(2)); // endpoints bound

async Task RawPublish() => await bus.Publish(new RawPing(DateTimeOffset.UtcNow));

async Task OutboxChange()
{
    await using var scope = scopes.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
    var now = DateTimeOffset.UtcNow;
    var unitId = Guid.CreateVersion7();
    db.Raise(new GridUnitCreated(Guid.CreateVersion7(), "bench", now, unitId, "street", null, "Bench Street", null), unitId);
    await db.SaveChangesAsync();
}

// Warm-up: JIT, connection pools, channels.
var warmUp = int.Parse(Environment.GetEnvironmentVariable("BENCH_WARMUP") ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
await Measure.ThroughputAsync(deliveries, "raw", RawPublish, warmUp);
await Measure.ThroughputAsync(deliveries, "outbox", OutboxChange, warmUp);

var rawThroughput = await Measure.ThroughputAsync(deliveries, "raw", RawPublish, count);
var outboxThroughput = await Measure.ThroughputAsync(deliveries, "outbox", OutboxChange, count);
var rawLatency = await Measure.LatencyAsync(deliveries, "raw", RawPublish, rate, seconds);
var outboxLatency = await Measure.LatencyAsync(deliveries, "outbox", OutboxChange, rate, seconds);
await host.StopAsync();

Console.WriteLine($"{Environment.ProcessorCount} cores; publisher confirms on; {count} messages for throughput, {rate}/s for {seconds} s for latency");
Console.WriteLine($"{"path",-34} {"msg/s",10} {"p50 ms",10} {"p99 ms",10}");
Console.WriteLine($"{"raw MassTransit publish→consume",-34} {rawThroughput,10:F0} {rawLatency.P50,10:F2} {rawLatency.P99,10:F2}");
Console.WriteLine($"{"outbox commit→relay→inbox consume",-34} {outboxThroughput,10:F0} {outboxLatency.P50,10:F2} {outboxLatency.P99,10:F2}");
Console.WriteLine($"outbox/raw throughput: {outboxThroughput / rawThroughput:F2}x; latency added by the outbox: p50 +{outboxLatency.P50 - rawLatency.P50:F2} ms, p99 +{outboxLatency.P99 - rawLatency.P99:F2} ms");

namespace Governance.Bench.Messaging
{
    public sealed record RawPing(DateTimeOffset SentAt);

    public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : MessagingDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            Governance.BuildingBlocks.ReferenceData.KnownUnit.Configure(modelBuilder);
            base.OnModelCreating(modelBuilder);
        }
    }

    /// <summary>Latencies of deliveries per path, recorded by the consumers.</summary>
    public sealed class Deliveries
    {
        private ConcurrentBag<double> latencies = [];
        private int delivered;

        public int Delivered => Volatile.Read(ref delivered);

        public void Record(DateTimeOffset sentAt)
        {
            latencies.Add((DateTimeOffset.UtcNow - sentAt).TotalMilliseconds);
            Interlocked.Increment(ref delivered);
        }

        public List<double> Reset()
        {
            var taken = Interlocked.Exchange(ref latencies, []);
            Interlocked.Exchange(ref delivered, 0);
            return [.. taken];
        }
    }

    public sealed class RawPingConsumer(Deliveries deliveries) : IConsumer<RawPing>
    {
        public Task Consume(ConsumeContext<RawPing> context)
        {
            deliveries.Record(context.Message.SentAt);
            return Task.CompletedTask;
        }
    }

    /// <summary>The real consumer path: inbox row and unit copy in one transaction.</summary>
    public sealed class BenchUnitsConsumer(BenchDbContext db, Deliveries deliveries, ILogger<BenchUnitsConsumer> logger)
        : IntegrationEventConsumer<GridUnitCreated, BenchDbContext>(db, logger)
    {
        protected override Task HandleAsync(GridUnitCreated message, CancellationToken cancellationToken)
        {
            Db.Set<KnownUnit>().Add(new KnownUnit
            {
                Id = message.UnitId, Level = message.Level, ParentId = message.ParentId, Name = message.Name, Code = message.Code, UpdatedAt = message.OccurredAt,
            });
            deliveries.Record(message.OccurredAt);
            return Task.CompletedTask;
        }
    }

    public static class Measure
    {
        /// <summary>Messages per second from the first send until the last delivery, sends 32 at a time.</summary>
        public static async Task<double> ThroughputAsync(Deliveries deliveries, string name, Func<Task> send, int count)
        {
            deliveries.Reset();
            var watch = Stopwatch.StartNew();
            for (var sent = 0; sent < count; sent += 32)
            {
                await Task.WhenAll(Enumerable.Range(0, Math.Min(32, count - sent)).Select(_ => send()));
            }

            var sentIn = watch.Elapsed.TotalSeconds;
            await WaitForAsync(deliveries, count, name);
            Console.WriteLine($"{name}: {count} sent in {sentIn:F2} s, all delivered after {watch.Elapsed.TotalSeconds:F2} s");
            return count / watch.Elapsed.TotalSeconds;
        }

        /// <summary>Sends at a fixed rate and reports delivery latency percentiles.</summary>
        public static async Task<(double P50, double P99)> LatencyAsync(Deliveries deliveries, string name, Func<Task> send, int rate, int seconds)
        {
            deliveries.Reset();
            var total = rate * seconds;
            var watch = Stopwatch.StartNew();
            var pending = new List<Task>(total);
            for (var i = 0; i < total; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate);
                var wait = due - watch.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }

                pending.Add(send());
            }

            await Task.WhenAll(pending);
            await WaitForAsync(deliveries, total, name);
            var latencies = deliveries.Reset();
            latencies.Sort();
            return (Percentile(latencies, 0.50), Percentile(latencies, 0.99));
        }

        private static async Task WaitForAsync(Deliveries deliveries, int expected, string name)
        {
            var deadline = Stopwatch.StartNew();
            while (deliveries.Delivered < expected)
            {
                if (deadline.Elapsed > TimeSpan.FromMinutes(2))
                {
                    throw new TimeoutException($"{name}: only {deliveries.Delivered} of {expected} delivered");
                }

                await Task.Delay(2);
            }
        }

        private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
