using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace Governance.Gateway.Cache;

public sealed class CacheCircuitOptions
{
    public const string Section = "Cache";

    /// <summary>How long one Redis call may take before the gateway goes on without it (a round trip takes about 1 ms; a busy gateway's pauses stay well under this).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the gateway stops calling Redis after it failed, before one call tries it again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Every Redis call of the gateway goes through this: a tight timeout, and a circuit breaker that
/// stops calling a Redis that fails or hangs, so that it costs nothing while it is away. The
/// client's own timeout cannot serve: a frozen Redis kept each request waiting about 6 s.
/// Callers say what to do without Redis; none of them needs it to answer a request.
/// </summary>
public sealed partial class CacheCircuit
{
    private readonly ResiliencePipeline pipeline;
    private readonly CircuitBreakerStateProvider state = new();

    public CacheCircuit(Microsoft.Extensions.Options.IOptions<CacheCircuitOptions> options, TimeProvider time, ILogger<CacheCircuit> logger)
    {
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Judged on the last half second (Polly's shortest window): over 10 s the successes from
                // before a freeze outweighed its failures, and requests kept paying the timeout for
                // seconds; over 1 s, for about 0.6 s at 20 requests/s. A gateway with fewer than 4
                // requests/s never opens it, and each request pays the timeout while Redis hangs.
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromMilliseconds(500),
                BreakDuration = options.Value.BreakDuration,
                StateProvider = state,
                ShouldHandle = failure => ValueTask.FromResult(IsRedisFailure(failure.Outcome.Exception, failure.Context.CancellationToken)),
                OnOpened = opened =>
                {
                    LogOpened(logger, opened.BreakDuration.TotalSeconds, opened.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogClosed(logger);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.Value.CallTimeout)
            .Build();
    }

    /// <summary>Whether Redis is treated as away right now (the breaker is open); for reporting.</summary>
    public bool IsOpen => state.CircuitState is CircuitState.Open or CircuitState.Isolated;

    /// <summary>
    /// Runs <paramref name="call"/> against Redis; null when Redis failed, hung or is known to be away.
    /// Every call goes through the breaker, also while it is open (it then refuses at once), because
    /// only a call lets it try Redis again once the break is over.
    /// </summary>
    public async Task<T?> TryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken) where T : class
    {
        try
        {
            // The Redis client ignores cancellation; waiting with the token is what lets the timeout end the wait.
            return await pipeline.ExecuteAsync(async token => await call().WaitAsync(token), cancellationToken);
        }
        catch (Exception ex) when (ex is BrokenCircuitException || IsRedisFailure(ex, cancellationToken))
        {
            return null;
        }
    }

    /// <summary>
    /// The client's own timeouts (RedisTimeoutException) are TimeoutExceptions, not RedisExceptions;
    /// and when it drops a connection it found dead, it cancels the calls in flight on it, which
    /// then surfaced as a 500 (seen under load in the end-to-end tests). Only the caller's own
    /// cancellation is not Redis failing.
    /// </summary>
    private static bool IsRedisFailure(Exception? exception, CancellationToken callerToken) => exception switch
    {
        RedisException or TimeoutException or TimeoutRejectedException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    [LoggerMessage(LogLevel.Warning, "Redis is failing; the gateway goes on without it for {Seconds} s (rate limits per replica): {Reason}")]
    private static partial void LogOpened(ILogger logger, double seconds, string? reason);

    [LoggerMessage(LogLevel.Information, "Redis answers again; rate limits are shared across replicas again")]
    private static partial void LogClosed(ILogger logger);
}
