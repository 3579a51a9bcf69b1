namespace Governance.Notifications.Domain.Feed;

/// <summary>
/// Where a (re)connecting client starts: after the id it last saw (<c>Last-Event-ID</c>), if the feed still
/// holds everything after it; otherwise from now, after a <c>reset</c> frame that tells the client to reload.
/// </summary>
public sealed record Resumption(long After, bool Reset)
{
    /// <param name="lastEventId">What the client sent, if anything.</param>
    /// <param name="oldestKept">The district's oldest frame still kept, or null when none is kept.</param>
    /// <param name="latest">The district's latest frame id (0 before the first).</param>
    public static Resumption For(string? lastEventId, long? oldestKept, long latest)
    {
        if (string.IsNullOrWhiteSpace(lastEventId))
        {
            return new Resumption(latest, Reset: false);
        }

        if (!long.TryParse(lastEventId.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seen) || seen > latest)
        {
            // Not an id of this feed (another district's, a forged one, or from before a restore): start afresh.
            return new Resumption(latest, Reset: true);
        }

        // Frames after `seen` are all there if the oldest kept is at most the next one.
        var complete = seen == latest || (oldestKept is { } oldest && oldest <= seen + 1);
        return complete ? new Resumption(seen, Reset: false) : new Resumption(latest, Reset: true);
    }
}
