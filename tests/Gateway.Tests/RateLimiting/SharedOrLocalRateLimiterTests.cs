using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Governance.Gateway.Cache;
using Governance.Gateway.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Governance.Gateway.Tests.RateLimiting;

/// <summary>
/// A Redis that hangs (accepts connections, never answers: what a frozen process looks like) or
/// is not there at all: the limiter decides within the circuit's timeout, then without asking
/// Redis, and still limits, per replica.
/// </summary>
public sealed class SharedOrLocalRateLimiterTests : IAsyncLifetime
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromMilliseconds(200);

    private readonly TcpListener hungRedis = new(IPAddress.Loopback, 0);
    private readonly System.Collections.Concurrent.ConcurrentBag<Socket> accepted = [];
    private ConnectionMultiplexer? redis;

    public async ValueTask InitializeAsync()
    {
        hungRedis.Start();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await hungRedis.AcceptSocketAsync());
            }
        });
        var port = ((IPEndPoint)hungRedis.LocalEndpoint).Port;
        redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectTimeout=500");
    }

    public async ValueTask DisposeAsync()
    {
        await redis!.DisposeAsync();
        hungRedis.Dispose();
        foreach (var socket in accepted)
        {
            socket.Dispose();
        }
    }

    private SharedOrLocalRateLimiter Limiter(CacheCircuit circuit, int permitLimit) => new(
        RedisRateLimitPartition.GetSlidingWindowRateLimiter("district", _ => new RedisSlidingWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis!, PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1),
        }).Factory("district"),
        new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
        }),
        circuit);

    private static CacheCircuit Circuit() => new(
        Options.Create(new CacheCircuitOptions { CallTimeout = CallTimeout, BreakDuration = TimeSpan.FromMinutes(1) }),
        TimeProvider.System, NullLogger<CacheCircuit>.Instance);

    [Fact]
    public async Task A_hung_redis_costs_one_timeout_per_call_until_the_circuit_opens_and_nothing_after()
    {
        var circuit = Circuit();
        using var limiter = Limiter(circuit, permitLimit: 1000);
        var waits = new List<TimeSpan>();

        for (var i = 0; i < 10; i++)
        {
            var watch = Stopwatch.StartNew();
            using var lease = await limiter.AcquireAsync();
            waits.Add(watch.Elapsed);
            Assert.True(lease.IsAcquired);
        }

        Assert.True(circuit.IsOpen);
        Assert.All(waits, wait => Assert.True(wait < CallTimeout * 3, $"a decision took {wait.TotalMilliseconds:F0} ms"));
        Assert.All(waits.Skip(3), wait => Assert.True(wait < TimeSpan.FromMilliseconds(50), $"with the circuit open a decision took {wait.TotalMilliseconds:F0} ms"));
    }

    [Fact]
    public async Task Without_redis_the_limit_still_holds_in_this_replica()
    {
        using var limiter = Limiter(Circuit(), permitLimit: 5);

        var granted = 0;
        for (var i = 0; i < 8; i++)
        {
            using var lease = await limiter.AcquireAsync();
            granted += lease.IsAcquired ? 1 : 0;
        }

        Assert.Equal(5, granted);
    }

    [Fact]
    public void While_redis_counts_nothing_is_granted_without_asking_it()
    {
        using var limiter = Limiter(Circuit(), permitLimit: 5);

        using var lease = limiter.AttemptAcquire();

        Assert.False(lease.IsAcquired);
    }
}
