using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>What a request of the steady load asks the platform for.</summary>
public enum LoadRequestKind
{
    ListCases,
    ReportCase,
    CreateStreet,
    GatewayHealth,
    DevToken,
    ApiDocument,
}

/// <summary>
/// The <see cref="Sequence"/>th request of the load. A write carries an Idempotency-Key and a unique
/// <see cref="Entity"/> name to count it by.
/// </summary>
public sealed record LoadRequest(
    int Sequence, LoadRequestKind Kind, HttpMethod Method, string Path, string? Json, string? IdempotencyKey = null, string? Entity = null)
{
    public bool IsWrite => IdempotencyKey is not null;

    /// <summary>Whether answering needs the service's database (every call into a domain service here does).</summary>
    public bool NeedsDatabase => Kind is LoadRequestKind.ListCases or LoadRequestKind.ReportCase or LoadRequestKind.CreateStreet;

    public HttpRequestMessage ToMessage(string token)
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Path.StartsWith("/api/", StringComparison.Ordinal))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (IdempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", IdempotencyKey);
        }

        if (Json is not null)
        {
            // The same bytes on every attempt: the services fingerprint the body of a keyed request.
            message.Content = new StringContent(Json, Encoding.UTF8, "application/json");
        }

        return message;
    }
}

/// <summary>What one request of the load got. <see cref="Status"/> 0 means no answer within the client's timeout or a dropped connection.</summary>
public sealed record LoadResult(LoadRequest Request, TimeSpan SentAt, TimeSpan Latency, int Status, bool HasRetryAfter, string? ContentType)
{
    public TimeSpan AnsweredAt => SentAt + Latency;

    public bool Succeeded => Status is >= 200 and < 300;

    public bool IsProblem => ContentType == "application/problem+json";
}

/// <summary>
/// An open-loop load at a fixed rate: each request is sent on its schedule whether or not earlier
/// ones have been answered, so a stalled platform shows up as latency instead of as fewer requests.
/// It stops when told; the caller's phase lengths bound the number of requests.
/// </summary>
public sealed class SteadyLoad : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient gateway;
    private readonly OutageDistrict district;
    private readonly TimeSpan interval;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentBag<LoadResult> results = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task scheduler;

    private SteadyLoad(HttpClient gateway, OutageDistrict district, int requestsPerSecond)
    {
        this.gateway = gateway;
        this.district = district;
        interval = TimeSpan.FromSeconds(1.0 / requestsPerSecond);
        scheduler = Task.Run(ScheduleAsync);
    }

    /// <summary>Time since the load started: every <see cref="LoadResult.SentAt"/> and fault mark is on this clock.</summary>
    public TimeSpan Now => clock.Elapsed;

    public static SteadyLoad Start(HttpClient gateway, OutageDistrict district, int requestsPerSecond) => new(gateway, district, requestsPerSecond);

    /// <summary>
    /// Waits until <paramref name="inARow"/> requests in a row, the latest sent at least
    /// <paramref name="within"/> ago, were all answered 2xx within it: a fault then meets a platform that
    /// was serving the load, not one still warming up or left broken by an earlier test.
    /// </summary>
    public async Task WaitUntilServedAsync(int inARow, TimeSpan within, TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var settled = (int)((clock.Elapsed - within) / interval); // requests before this one were sent long enough ago
            var latest = results.Where(r => r.Request.Sequence >= settled - inARow && r.Request.Sequence < settled).ToList();
            if (latest.Count == inARow && latest.All(r => r.Succeeded && r.Latency <= within))
            {
                return;
            }

            Assert.True(watch.Elapsed < patience, "The platform did not serve the load before the fault; the latest answers: " +
                string.Join(" ", latest.OrderBy(r => r.SentAt).Select(r => $"{r.Status}/{r.Latency.TotalMilliseconds:F0}ms")));
            await Task.Delay(200);
        }
    }

    /// <summary>Stops sending, waits for every request still out, and returns all results in the order sent.</summary>
    public async Task<IReadOnlyList<LoadResult>> StopAsync()
    {
        await stopping.CancelAsync();
        await scheduler;
        return results.OrderBy(r => r.SentAt).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stopping.Dispose();
    }

    private async Task ScheduleAsync()
    {
        var sent = new List<Task>();
        for (var sequence = 0; !stopping.IsCancellationRequested; sequence++)
        {
            var wait = interval * sequence - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            sent.Add(SendAsync(district.Next(sequence)));
        }

        await Task.WhenAll(sent);
    }

    private async Task SendAsync(LoadRequest request) =>
        results.Add(await SendOnceAsync(gateway, request, district.Token, clock.Elapsed));

    /// <summary>Sends one request and records its answer; also used to retry a write after the fault.</summary>
    public static async Task<LoadResult> SendOnceAsync(HttpClient gateway, LoadRequest request, string token, TimeSpan sentAt)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var message = request.ToMessage(token);
            using var response = await gateway.SendAsync(message, timeout.Token);
            return new LoadResult(request, sentAt, Stopwatch.GetElapsedTime(started), (int)response.StatusCode,
                response.Headers.RetryAfter is not null, response.Content.Headers.ContentType?.MediaType);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return new LoadResult(request, sentAt, Stopwatch.GetElapsedTime(started), 0, HasRetryAfter: false, ContentType: null);
        }
    }
}
