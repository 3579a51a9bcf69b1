using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;

namespace Governance.EndToEnd.Tests.Gateway;

/// <summary>
/// One of the two grid replicas is killed (SIGKILL) while callers keep reading and writing through
/// the gateway: only writes in flight at that moment, or sent in the moments after, may fail (no
/// more than there are callers); no request sent 5 s after the kill fails, and no read ever does.
/// </summary>
[Collection(ExclusivePlatform.Name)]
public class ReplicaFailoverTests(PlatformFixture platform, ITestOutputHelper output)
{
    private const int Callers = 8;
    private static readonly TimeSpan BeforeKill = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan AfterKill = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(5);

    private DistributedApplication App => platform.App;

    private sealed record Outcome(HttpMethod Method, TimeSpan StartedAt, TimeSpan EndedAt, string Result, bool Failed);

    [Fact]
    public async Task Killing_one_grid_replica_under_load_fails_only_writes_near_the_kill()
    {
        var token = await platform.TokenAsync("replica-kill");
        await WarmUpAsync(token);
        var outcomes = new ConcurrentQueue<Outcome>();
        var clock = Stopwatch.StartNew();
        var streets = 0;
        using var stop = new CancellationTokenSource();

        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var write = (caller + i) % 2 == 0;
                using var request = write
                    ? PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token,
                        new { level = "street", name = "Failover street", code = $"RK-{Interlocked.Increment(ref streets):D5}" })
                    : PlatformFixture.Request(HttpMethod.Get, "/api/grid/units?pageSize=5", token);
                var startedAt = clock.Elapsed;
                try
                {
                    using var response = await platform.Gateway.SendAsync(request);
                    var status = (int)response.StatusCode;
                    outcomes.Enqueue(new Outcome(request.Method, startedAt, clock.Elapsed, status.ToString(CultureInfo.InvariantCulture), status >= 400));
                }
                catch (HttpRequestException ex)
                {
                    outcomes.Enqueue(new Outcome(request.Method, startedAt, clock.Elapsed, ex.GetType().Name, true));
                }
            }
        })).ToList();

        await Task.Delay(BeforeKill);
        var killedAt = clock.Elapsed;
        var killed = await App.KillOneReplicaAsync("grid");
        try
        {
            await Task.Delay(AfterKill);
            await stop.CancelAsync();
            await Task.WhenAll(callers);
        }
        finally
        {
            await App.RestartAsync("grid", [killed]);
        }

        var all = outcomes.ToList();
        var failures = all.Where(o => o.Failed).ToList();
        output.WriteLine($"{all.Count} requests by {Callers} callers, {failures.Count} failed; {killed} killed at {killedAt.TotalSeconds:0.00} s");
        foreach (var failure in failures)
        {
            output.WriteLine($"  {failure.Method} {failure.Result} started {(failure.StartedAt - killedAt).TotalSeconds:+0.000;-0.000} s, ended {(failure.EndedAt - killedAt).TotalSeconds:+0.000;-0.000} s after the kill");
        }

        Assert.DoesNotContain(failures, o => o.EndedAt < killedAt);
        Assert.DoesNotContain(failures, o => o.StartedAt > killedAt + Settled);
        Assert.True(failures.Count <= Callers, $"{failures.Count} requests failed; no more than the {Callers} callers had in flight should");
        Assert.DoesNotContain(failures, o => o.Method == HttpMethod.Get);
    }

    /// <summary>
    /// Waits for a first answer, so only the kill is measured: the gateway's Redis connection, idle
    /// while the platform started, may fail its first rate-limit calls.
    /// </summary>
    private async Task WarmUpAsync(string token) =>
        await Eventually.ReadAsync(
            async () =>
            {
                using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/units?pageSize=5", token));
                return response.IsSuccessStatusCode;
            },
            succeeded => succeeded, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
}
