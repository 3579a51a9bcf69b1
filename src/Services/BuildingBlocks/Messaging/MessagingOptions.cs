namespace Governance.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Turns the outbox relay of this process off (e.g. a read-only replica). On by default.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>Rows the relay takes per transaction.</summary>
    public int RelayBatchSize { get; set; } = 200;

    /// <summary>How often the relay looks for rows when no commit woke it.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one publish may wait for the broker's confirm. A confirm lost in a broker restart
    /// would otherwise hold the relay (and its lock) forever; the row is simply retried.
    /// </summary>
    public TimeSpan RelayPublishTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How old the oldest unpublished event may be before <c>/health</c> reports the outbox Degraded.</summary>
    public TimeSpan OutboxDegradedAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between relay attempts while the broker or database is down.</summary>
    public TimeSpan RelayMaxBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long sent outbox rows are kept (for audits and replays) before cleanup.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long consumed message ids are remembered; must exceed any redelivery or redrive delay.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Messages a consumer queue takes and handles at once. MassTransit's default follows the core
    /// count (a handful here), which starves consumers that wait on their database.
    /// </summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>In-process retries of a failing consumer before the message goes to its _error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a message whose consumer found the database unavailable is tried again (it keeps its place meanwhile).</summary>
    public TimeSpan DatabaseOutageRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times; the default waits out an outage of 30 minutes before the message goes to _error.</summary>
    public int DatabaseOutageRetryLimit { get; set; } = 360;
}
