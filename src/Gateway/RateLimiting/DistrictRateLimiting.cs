using System.Globalization;
using System.Threading.RateLimiting;
using Governance.Gateway.Cache;
using Governance.Gateway.PublicPaths;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Governance.Gateway.RateLimiting;

public sealed class DistrictRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests one district may make per window, across every gateway instance.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per-district overrides of <see cref="PermitLimit"/>, keyed by district id.</summary>
    public Dictionary<string, int> Districts { get; set; } = [];

    public int LimitFor(string partition) => Districts.TryGetValue(partition, out var limit) ? limit : PermitLimit;
}

/// <summary>
/// A sliding-window limit per district kept in Redis, so every gateway instance counts the same
/// requests; while Redis is away, each instance counts in its own memory (see
/// <see cref="SharedOrLocalRateLimiter"/>). Callers without a district (city-level roles) are
/// limited per subject, callers without a token per app key (see <see cref="PublicCallers"/>) or else per address.
/// </summary>
public static class DistrictRateLimiting
{
    public const string PolicyName = "per-district";

    public static IHostApplicationBuilder AddDistrictRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DistrictRateLimitOptions>(builder.Configuration.GetSection(DistrictRateLimitOptions.Section));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<DistrictRateLimitOptions>>().Value;
                var redis = context.RequestServices.GetRequiredService<IConnectionMultiplexer>();
                var circuit = context.RequestServices.GetRequiredService<CacheCircuit>();
                var partition = PartitionOf(context);
                var limit = options.LimitFor(partition);
                var shared = RedisRateLimitPartition.GetSlidingWindowRateLimiter(partition, _ => new RedisSlidingWindowRateLimiterOptions
                {
                    ConnectionMultiplexerFactory = () => redis,
                    PermitLimit = limit,
                    Window = options.Window,
                });
                return RateLimitPartition.Get(partition, key => new SharedOrLocalRateLimiter(
                    shared.Factory(key),
                    new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = limit, Window = options.Window, SegmentsPerWindow = 6, QueueLimit = 0,
                    }),
                    circuit));
            });
            limiter.OnRejected = OnRejectedAsync;
        });
        return builder;
    }

    private static string PartitionOf(HttpContext context)
    {
        var caller = DistrictCaller.From(context.User);
        // Anonymous callers (public paths such as Open311) share no bucket: one app's burst must not starve the others.
        return caller.District
            ?? PublicCallers.AppPartitionOf(context)
            ?? (context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value is { } subject ? $"subject:{subject}" : $"address:{context.Connection.RemoteIpAddress}");
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var window = rejected.HttpContext.RequestServices
            .GetRequiredService<IOptions<DistrictRateLimitOptions>>().Value.Window;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var hint) ? hint : window;
        rejected.HttpContext.Response.Headers.RetryAfter =
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await ProblemResponse.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests.",
            "Your district (or app key, or address) has used its request allowance for now; retry after the time in the Retry-After header.");
    }
}
