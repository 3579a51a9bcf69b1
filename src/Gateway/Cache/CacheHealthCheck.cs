using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Governance.Gateway.Cache;

/// <summary>
/// Redis is a convenience for the gateway (shared rate-limit counters), never a condition for
/// serving: without it <c>/health</c> says Degraded and the gateway stays ready.
/// </summary>
internal sealed class CacheHealthCheck(IConnectionMultiplexer redis, CacheCircuit circuit) : IHealthCheck
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (circuit.IsOpen)
        {
            return HealthCheckResult.Degraded("Redis failed recently; rate limits are per gateway replica until it answers again.");
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:F1} ms.");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded($"Redis is unreachable ({ex.Message}); rate limits are per gateway replica.");
        }
    }
}

public static class CacheRegistration
{
    public const string ConnectionName = "cache";

    /// <summary>The Redis connection behind a circuit, reported to <c>/health</c> as <c>cache</c>.</summary>
    public static IHostApplicationBuilder AddGatewayCache(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(ConnectionName,
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                options.AbortOnConnectFail = false;
                // Creating the connection waits this long for a Redis that is down (5 s by default).
                options.ConnectTimeout = 1000;
                // Replies complete on the shared thread pool, not on the client's own pool of reader
                // threads, whose spinning took about 25% of the gateway's CPU at one limiter call per request.
                options.SocketManager = SocketManager.ThreadPool;
            });
        builder.Services.Configure<CacheCircuitOptions>(builder.Configuration.GetSection(CacheCircuitOptions.Section));
        builder.Services.AddSingleton<CacheCircuit>();
        builder.Services.AddHostedService<CacheConnectionWarmup>();
        builder.Services.AddHealthChecks().AddCheck<CacheHealthCheck>(ConnectionName);
        return builder;
    }
}

/// <summary>
/// Creates the Redis connection while the gateway starts, before it serves: created on first use,
/// it blocked the first requests (and <c>/health</c>) for the connect timeout when Redis was down.
/// </summary>
internal sealed class CacheConnectionWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IConnectionMultiplexer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
