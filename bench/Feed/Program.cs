// The live feed under load: CLIENTS clients follow GET /api/notifications/feed through the gateway
// while cases are reported at RATE per second for DURATION seconds. Each client notes when each
// case-reported frame arrived; the latency is that moment minus the frame's occurredAt (when the
// grid service committed the case). Prints latency percentiles, missed and duplicated frames, and
// the same figures for a baseline of one client measured in the same run.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

var gateway = new Uri(args[0]);
var token = args[1];
var grid = Guid.Parse(args[2]);
var clients = int.Parse(args[3], CultureInfo.InvariantCulture);
var rate = int.Parse(args[4], CultureInfo.InvariantCulture);
var seconds = int.Parse(args[5], CultureInfo.InvariantCulture);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = gateway, Timeout = Timeout.InfiniteTimeSpan };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

var baseline = await RunAsync(1, Math.Max(1, rate / 10), seconds);
var loaded = await RunAsync(clients, rate, seconds);
Console.WriteLine($"{"run",-28} {"frames",8} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8} {"missed",7} {"dup",5}");
Print($"baseline: 1 client, {Math.Max(1, rate / 10)}/s", baseline);
Print($"{clients} clients, {rate}/s", loaded);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p99 under load / baseline p99: {loaded.Percentile(0.99) / Math.Max(0.001, baseline.Percentile(0.99)):F2}x"));
return loaded.Missed + loaded.Duplicated + baseline.Missed + baseline.Duplicated == 0 && loaded.Percentile(0.99) <= 1000 ? 0 : 1;

static void Print(string name, Outcome outcome) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{name,-28} {outcome.Latencies.Count,8} {outcome.Percentile(0.5),8:F1} {outcome.Percentile(0.9),8:F1} {outcome.Percentile(0.99),8:F1} {outcome.Percentile(1),8:F1} {outcome.Missed,7} {outcome.Duplicated,5}"));

async Task<Outcome> RunAsync(int followers, int perSecond, int duration)
{
    using var stop = new CancellationTokenSource();
    var received = Enumerable.Range(0, followers).Select(_ => new List<(Guid Case, double LatencyMs)>()).ToList();
    var ready = new CountdownEvent(followers);
    var readers = received.Select(list => Task.Run(() => FollowAsync(list, ready, stop.Token))).ToList();
    ready.Wait(TimeSpan.FromMinutes(1));

    var reported = new List<Guid>();
    var pace = Stopwatch.StartNew();
    var total = perSecond * duration;
    var posts = new List<Task<Guid>>();
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds((double)i / perSecond);
        if (due > pace.Elapsed)
        {
            await Task.Delay(due - pace.Elapsed);
        }

        posts.Add(ReportAsync(i));
    }

    reported.AddRange(await Task.WhenAll(posts));
    // Give the last frames time to arrive before counting what is missing.
    await Task.Delay(TimeSpan.FromSeconds(5));
    await stop.CancelAsync();
    await Task.WhenAll(readers);

    var expected = reported.ToHashSet();
    var latencies = new List<double>();
    int missed = 0, duplicated = 0;
    foreach (var list in received)
    {
        var mine = list.Where(r => expected.Contains(r.Case)).ToList();
        duplicated += mine.Count - mine.Select(r => r.Case).Distinct().Count();
        missed += expected.Count - mine.Select(r => r.Case).Distinct().Count();
        latencies.AddRange(mine.Select(r => r.LatencyMs));
    }

    latencies.Sort();
    return new Outcome(latencies, missed, duplicated);
}

async Task<Guid> ReportAsync(int i)
{
    using var response = await http.PostAsJsonAsync("/api/grid/cases", new
    {
        category = "garbage", title = $"Feed bench {i}", description = "Reported by the feed benchmark.", gridId = grid,
        reporter = new { name = "Bench", phone = "13800000000" },
    });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

async Task FollowAsync(List<(Guid Case, double LatencyMs)> received, CountdownEvent ready, CancellationToken stop)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/feed?types=case-reported");
    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
    response.EnsureSuccessStatusCode();
    ready.Signal();
    using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
    try
    {
        while (await reader.ReadLineAsync(stop) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var arrived = DateTimeOffset.UtcNow;
            var data = JsonDocument.Parse(line[6..]).RootElement;
            received.Add((data.GetProperty("caseId").GetGuid(), (arrived - data.GetProperty("occurredAt").GetDateTimeOffset()).TotalMilliseconds));
        }
    }
    catch (OperationCanceledException)
    {
        // The run is over.
    }
}

internal sealed record Outcome(List<double> Latencies, int Missed, int Duplicated)
{
    /// <summary>The nearest-rank percentile of the sorted latencies, in milliseconds.</summary>
    public double Percentile(double p) =>
        Latencies.Count == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(p * Latencies.Count) - 1, 0, Latencies.Count - 1)];
}
