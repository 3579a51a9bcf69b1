using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;

namespace Governance.EndToEnd.Tests.Services.Notifications;

/// <summary>One frame of a Server-Sent Events stream.</summary>
internal sealed record FeedFrame(long? Id, string Event, JsonElement Data);

/// <summary>
/// A client following <c>GET /api/notifications/feed</c> through the gateway, as a browser's EventSource
/// would: it reads frames as they arrive and keeps comments (heartbeats) out of them.
/// </summary>
internal sealed class FeedStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly Channel<FeedFrame> frames = Channel.CreateUnbounded<FeedFrame>();
    private readonly CancellationTokenSource stop = new();
    private readonly Task reading;
    private readonly List<FeedFrame> received = [];

    private FeedStream(HttpResponseMessage response)
    {
        this.response = response;
        reading = Task.Run(ReadAsync);
    }

    public static async Task<(HttpStatusCode Status, string? ContentType, FeedStream? Stream, string Body)> OpenAsync(
        HttpClient gateway, string path, string? token = null, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await gateway.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.Dispose();
            return (response.StatusCode, contentType, null, body);
        }

        return (response.StatusCode, contentType, new FeedStream(response), "");
    }

    public static async Task<FeedStream> FollowAsync(HttpClient gateway, string path, string token, string? lastEventId = null)
    {
        var (status, _, stream, body) = await OpenAsync(gateway, path, token, lastEventId);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return stream!;
    }

    /// <summary>Every frame received so far, whether or not a <see cref="NextAsync"/> skipped it.</summary>
    public IReadOnlyList<FeedFrame> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>The next frame that satisfies <paramref name="wanted"/>, skipping others; fails after <paramref name="patience"/>.</summary>
    public async Task<FeedFrame> NextAsync(Func<FeedFrame, bool> wanted, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            while (true)
            {
                var frame = await frames.Reader.ReadAsync(timeout.Token);
                if (wanted(frame))
                {
                    return frame;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No wanted frame within {patience}.");
        }
    }

    /// <summary>Every frame received so far and within <paramref name="quiet"/> after it.</summary>
    public async Task<IReadOnlyList<FeedFrame>> DrainAsync(TimeSpan quiet)
    {
        var received = new List<FeedFrame>();
        while (true)
        {
            using var timeout = new CancellationTokenSource(quiet);
            try
            {
                received.Add(await frames.Reader.ReadAsync(timeout.Token));
            }
            catch (OperationCanceledException)
            {
                return received;
            }
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            long? id = null;
            string? type = null;
            var data = new List<string>();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Count > 0)
                    {
                        var frame = new FeedFrame(id, type ?? "message", JsonDocument.Parse(string.Join('\n', data)).RootElement.Clone());
                        lock (received)
                        {
                            received.Add(frame);
                        }

                        frames.Writer.TryWrite(frame);
                    }

                    (id, type) = (null, null);
                    data.Clear();
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line[6..]);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // Stopped, or the stream ended.
        }
        finally
        {
            frames.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        response.Dispose();
        await reading;
        stop.Dispose();
    }
}
