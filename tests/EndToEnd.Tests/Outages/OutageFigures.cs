using System.Globalization;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>A stretch of the load's clock, start included, end excluded.</summary>
public sealed record LoadWindow(TimeSpan Start, TimeSpan End)
{
    public TimeSpan Length => End - Start;

    public bool Contains(TimeSpan at) => at >= Start && at < End;
}

/// <summary>
/// The figures of one fault, read from what the load got and what its writes left behind:
/// how the requests that do not need the failed part fared while it was out, how fast the ones
/// that do were turned away, how long clients waited for service again, and what was lost or doubled.
/// </summary>
public sealed class OutageFigures
{
    /// <summary>Consecutive successes that count as service being back.</summary>
    public const int RecoveredAfter = 5;

    /// <summary>The contract for a request that needs the failed part: a 503 with Retry-After as problem+json, or success once the part is back, within 3 s either way.</summary>
    public static readonly TimeSpan Fast503Limit = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A frozen database is noticed by the services within about a second (DatabaseWatch); a request
    /// that took a pooled connection before that waits out the 2 s command timeout and Npgsql's
    /// cancellation request (twice the 1 s connect timeout): about 4 s, which no Npgsql setting
    /// brings under 3 s. Those requests are held to this limit instead, and counted apart.
    /// </summary>
    public static readonly TimeSpan StaleConnectionLimit = TimeSpan.FromSeconds(5);

    /// <summary>How long after the freeze a request may still have taken a connection the server froze under.</summary>
    public static readonly TimeSpan FreezeNoticedWithin = TimeSpan.FromSeconds(1);

    public required string Fault { get; init; }

    /// <summary>How long the fault lasted (for a kill, the time until the replacement was started).</summary>
    public required TimeSpan Duration { get; init; }

    public required int Requests { get; init; }

    /// <summary>Share of 2xx among requests in the assessed window that do not need the failed part; null when there were none.</summary>
    public double? IndependentSuccessShare { get; init; }

    public TimeSpan? IndependentP95 { get; init; }

    /// <summary>The slowest 503 among requests sent during the fault (once it could be noticed) that need the failed part; null when none got a 503.</summary>
    public TimeSpan? Slowest503 { get; init; }

    /// <summary>Requests sent during the fault that need the failed part and were not answered as the contract says (a fast 503, or a 2xx), within 3 s.</summary>
    public required IReadOnlyList<LoadResult> DependentNotFast503 { get; init; }

    public required int DependentRequests { get; init; }

    /// <summary>The slowest answer to a request needing the part sent before a freeze could be noticed (zero when not assessed apart).</summary>
    public TimeSpan BeforeNotice { get; init; }

    /// <summary>From the end of the fault to the answer that opened <see cref="RecoveredAfter"/> successes in a row; null when service never came back.</summary>
    public TimeSpan? Recovery { get; init; }

    /// <summary>Share of 2xx among all requests sent once service was back.</summary>
    public double? RecoveredSuccessShare { get; init; }

    /// <summary>Writes answered 2xx whose entity is not in the database.</summary>
    public required IReadOnlyList<WriteOutcome> Lost { get; init; }

    /// <summary>Rows beyond the first for any write's entity.</summary>
    public required int Doubled { get; init; }

    /// <summary>Writes that never got a 2xx, not even from their retries after the fault.</summary>
    public required int Unsettled { get; init; }

    public required int Retried { get; init; }

    /// <summary>Per phase (before, during, after): requests, 2xx share, p95 and the statuses seen, for the test output.</summary>
    public required IReadOnlyList<string> Phases { get; init; }

    /// <param name="baseline">The steady stretch just before the fault, shown for comparison.</param>
    /// <param name="fault">When the part was out.</param>
    /// <param name="assessed">The window whose requests are held to the contract (for a killed replica: from its grace period on).</param>
    /// <param name="recoveryFrom">When service is expected back: the fault's end, or the kill for a replica the others replace.</param>
    /// <param name="freezeNotice">Whether requests in the first <see cref="FreezeNoticedWithin"/> of the fault are held to <see cref="StaleConnectionLimit"/>.</param>
    public static OutageFigures Measure(
        string name, IReadOnlyList<LoadResult> results, LoadWindow baseline, LoadWindow fault, LoadWindow assessed, TimeSpan recoveryFrom,
        Func<LoadRequest, bool> needsFailedPart, IReadOnlyList<WriteOutcome> writes, IReadOnlyDictionary<string, long> entityCounts,
        bool freezeNotice = false)
    {
        var independent = results.Where(r => assessed.Contains(r.SentAt) && !needsFailedPart(r.Request)).ToList();
        var dependent = results.Where(r => fault.Contains(r.SentAt) && needsFailedPart(r.Request)).ToList();
        var noticed = fault.Start + (freezeNotice ? FreezeNoticedWithin : TimeSpan.Zero);
        var fast503 = dependent.Where(r => r.Status == 503 && r.SentAt >= noticed).ToList();

        // Service is back when the requests that need the part succeed again (all requests, when none does).
        var partNeeded = results.Any(r => needsFailedPart(r.Request));
        var watched = results.Where(r => r.SentAt >= recoveryFrom && (!partNeeded || needsFailedPart(r.Request))).ToList();
        var recoveredAt = Enumerable.Range(0, Math.Max(0, watched.Count - RecoveredAfter + 1))
            .Where(i => watched.Skip(i).Take(RecoveredAfter).All(r => r.Succeeded))
            .Select(i => (TimeSpan?)watched[i].AnsweredAt)
            .FirstOrDefault();
        var recovery = recoveredAt is { } at ? Max(TimeSpan.Zero, at - recoveryFrom) : (TimeSpan?)null;
        var afterRecovery = recoveredAt is { } back ? results.Where(r => r.SentAt >= back).ToList() : [];

        return new OutageFigures
        {
            Fault = name,
            Duration = fault.Length,
            Requests = results.Count,
            IndependentSuccessShare = independent.Count == 0 ? null : SuccessShare(independent),
            IndependentP95 = independent.Count == 0 ? null : Percentile(independent.Select(r => r.Latency), 0.95),
            Slowest503 = fast503.Count == 0 ? null : fast503.Max(r => r.Latency),
            DependentRequests = dependent.Count,
            DependentNotFast503 = dependent.Where(r => !IsFast503OrBackInTime(r, r.SentAt < noticed ? StaleConnectionLimit : Fast503Limit)).ToList(),
            BeforeNotice = dependent.Where(r => r.SentAt < noticed).Select(r => r.Latency).DefaultIfEmpty().Max(),
            Recovery = recovery,
            RecoveredSuccessShare = afterRecovery.Count == 0 ? null : SuccessShare(afterRecovery),
            Lost = writes.Where(w => w.Accepted && entityCounts.GetValueOrDefault(w.Request.Entity!) == 0).ToList(),
            Doubled = (int)writes.Sum(w => Math.Max(0, entityCounts.GetValueOrDefault(w.Request.Entity!) - 1)),
            Unsettled = writes.Count(w => !w.Accepted),
            Retried = writes.Count(w => w.Retries > 0),
            Phases =
            [
                Phase("before", results.Where(r => baseline.Contains(r.SentAt))),
                Phase("during", results.Where(r => fault.Contains(r.SentAt))),
                Phase("after", results.Where(r => r.SentAt >= fault.End)),
            ],
        };
    }

    // A success is never a breach, even inside the fault's window: a crash restart is over in a
    // fraction of a second, before the operator's own check sees the server again.
    private static bool IsFast503OrBackInTime(LoadResult result, TimeSpan limit) =>
        result.Latency <= limit && ((result.Status == 503 && result.HasRetryAfter && result.IsProblem) || result.Succeeded);

    private static string Phase(string name, IEnumerable<LoadResult> phase)
    {
        var results = phase.ToList();
        if (results.Count == 0)
        {
            return $"{name}: no requests";
        }

        var statuses = string.Join(" ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "none" : g.Key)}×{g.Count()}"));
        var slowest = results.MaxBy(r => r.Latency)!;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {results.Count} requests, {SuccessShare(results):P1} 2xx, p95 {Percentile(results.Select(r => r.Latency), 0.95).TotalMilliseconds:F0} ms, " +
            $"slowest {slowest.Latency.TotalMilliseconds:F0} ms ({slowest.Request.Kind}), statuses {statuses}");
    }

    private static double SuccessShare(List<LoadResult> results) => (double)results.Count(r => r.Succeeded) / results.Count;

    private static TimeSpan Percentile(IEnumerable<TimeSpan> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
