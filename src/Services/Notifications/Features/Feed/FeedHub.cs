using System.Threading.Channels;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.Extensions.Logging;

namespace Governance.Notifications.Features.Feed;

/// <summary>
/// This replica's open feeds. Per district with listeners, one reader follows the feed in the database
/// (woken by <see cref="FeedListener"/>, and at least every <see cref="PollInterval"/> in case a wake-up
/// was missed while the listener reconnected) and hands each frame to every listener. Every replica
/// reads the same ordered log, so a client gets every frame whichever replica consumed the event.
/// </summary>
public sealed partial class FeedHub(IServiceScopeFactory scopes, ILogger<FeedHub> logger)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Frames a listener may fall behind by before it is dropped; it then reconnects and resumes from the database.</summary>
    public const int ListenerBacklog = 2048;

    private const int ReadBatch = 500;

    private readonly Dictionary<string, DistrictReader> readers = new(StringComparer.Ordinal);

    private IServiceScopeFactory Scopes { get; } = scopes;

    private ILogger Logger { get; } = logger;

    /// <summary>Starts handing the district's new frames to a listener; dispose the listener to stop.</summary>
    public FeedListenerSlot Listen(string district)
    {
        lock (readers)
        {
            if (!readers.TryGetValue(district, out var reader))
            {
                readers[district] = reader = new DistrictReader(district, this);
                reader.Start();
            }

            return reader.Add();
        }
    }

    /// <summary>A commit in <paramref name="district"/>'s feed: read it now rather than at the next poll.</summary>
    public void Wake(string district)
    {
        lock (readers)
        {
            if (readers.TryGetValue(district, out var reader))
            {
                reader.Wake();
            }
        }
    }

    private void Forget(DistrictReader reader)
    {
        lock (readers)
        {
            if (readers.TryGetValue(reader.District, out var current) && current == reader && reader.IsIdle)
            {
                readers.Remove(reader.District);
                reader.Dispose();
            }
        }
    }

    internal sealed class DistrictReader(string district, FeedHub hub) : IDisposable
    {
        private readonly List<FeedListenerSlot> listeners = [];
        private readonly SemaphoreSlim wake = new(0, 1);
        private readonly CancellationTokenSource stopping = new();

        public string District => district;

        public bool IsIdle
        {
            get
            {
                lock (listeners)
                {
                    return listeners.Count == 0;
                }
            }
        }

        public FeedListenerSlot Add()
        {
            var slot = new FeedListenerSlot(this);
            lock (listeners)
            {
                listeners.Add(slot);
            }

            return slot;
        }

        public void Remove(FeedListenerSlot slot)
        {
            lock (listeners)
            {
                listeners.Remove(slot);
            }

            hub.Forget(this);
        }

        public void Wake()
        {
            // One pending wake-up is enough: the read takes everything committed so far.
            if (wake.CurrentCount == 0)
            {
                try
                {
                    wake.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Another wake-up got there first.
                }
            }
        }

        public void Start() => _ = Task.Run(() => FollowAsync(stopping.Token));

        /// <summary>Ends the reader; its loop releases what it holds on the way out.</summary>
        public void Dispose() => stopping.Cancel();

        private async Task FollowAsync(CancellationToken cancellationToken)
        {
            try
            {
                await FollowUntilStoppedAsync(cancellationToken);
            }
            finally
            {
                wake.Dispose();
                stopping.Dispose();
            }
        }

        private async Task FollowUntilStoppedAsync(CancellationToken cancellationToken)
        {
            long? last = null;
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = hub.Scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
                    // Starts at the latest frame: a listener replays what came before from the database itself.
                    last ??= (await FeedLog.BoundsAsync(db, district, cancellationToken)).Latest;
                    List<FeedEntry> batch;
                    do
                    {
                        batch = await FeedLog.AfterAsync(db, district, last.Value, ReadBatch, cancellationToken);
                        Hand(batch);
                        last = batch.Count > 0 ? batch[^1].Id : last;
                    }
                    while (batch.Count == ReadBatch);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    LogReadFailed(hub.Logger, district, ex);
                }

                try
                {
                    await wake.WaitAsync(PollInterval, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        private void Hand(List<FeedEntry> batch)
        {
            if (batch.Count == 0)
            {
                return;
            }

            lock (listeners)
            {
                foreach (var listener in listeners)
                {
                    listener.Offer(batch);
                }
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Reading the feed of district {District} failed; retrying")]
    private static partial void LogReadFailed(ILogger logger, string district, Exception exception);

    /// <summary>One client's place at a district's feed: the frames read since it joined, in order.</summary>
    public sealed class FeedListenerSlot : IDisposable
    {
        private readonly DistrictReader reader;
        private readonly Channel<FeedEntry> frames = Channel.CreateBounded<FeedEntry>(new BoundedChannelOptions(ListenerBacklog) { SingleReader = true });

        internal FeedListenerSlot(DistrictReader reader) => this.reader = reader;

        public ChannelReader<FeedEntry> Frames => frames.Reader;

        internal void Offer(List<FeedEntry> batch)
        {
            foreach (var entry in batch)
            {
                if (!frames.Writer.TryWrite(entry))
                {
                    // Too slow to keep up: end its stream; it resumes from the database on reconnect.
                    frames.Writer.TryComplete(new FeedOverflowException());
                    return;
                }
            }
        }

        public void Dispose() => reader.Remove(this);
    }
}

/// <summary>A listener fell further behind than <see cref="FeedHub.ListenerBacklog"/> frames.</summary>
public sealed class FeedOverflowException() : Exception("The client fell too far behind the feed.");
