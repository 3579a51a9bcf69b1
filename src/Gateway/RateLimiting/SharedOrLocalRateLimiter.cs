using System.Threading.RateLimiting;
using Governance.Gateway.Cache;

namespace Governance.Gateway.RateLimiting;

/// <summary>
/// One partition's limit: counted in Redis, shared by every gateway replica, while Redis answers;
/// counted in this replica's memory while it does not (so a district may then make its allowance
/// once per replica). Deciding never waits on a failing Redis longer than the circuit allows.
/// </summary>
internal sealed class SharedOrLocalRateLimiter(RateLimiter shared, RateLimiter local, CacheCircuit circuit) : RateLimiter
{
    public override TimeSpan? IdleDuration => local.IdleDuration is { } idle && shared.IdleDuration is { } sharedIdle
        ? (idle < sharedIdle ? idle : sharedIdle)
        : null;

    public override RateLimiterStatistics? GetStatistics() => circuit.IsOpen ? local.GetStatistics() : shared.GetStatistics();

    // The middleware tries this first and waits on AcquireAsync only when it fails. The Redis limiter
    // never grants here (it cannot decide without a round trip); granting from the local count instead
    // let a district past its shared limit, so every decision is made in AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => shared.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        await circuit.TryAsync(() => shared.AcquireAsync(permitCount, cancellationToken).AsTask(), cancellationToken)
        ?? await local.AcquireAsync(permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await shared.DisposeAsync();
        await local.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
