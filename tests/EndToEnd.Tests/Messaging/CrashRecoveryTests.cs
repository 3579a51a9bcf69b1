using Aspire.Hosting;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>Processes killed with SIGKILL at the worst moments; nothing accepted is lost or applied twice.</summary>
[Collection(ExclusivePlatform.Name)]
public class CrashRecoveryTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private DistributedApplication App => platform.App;

    private Task<long> PartyCopiesAsync(string district) =>
        App.CountAsync("party-db", "SELECT count(*) FROM known_units WHERE \"District\" = $1", district);

    private Task<long> PendingOutboxAsync(string district) =>
        App.CountAsync("grid-db", "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"SentAt\" IS NULL", district);

    [Fact]
    public async Task A_producer_killed_after_commit_but_before_publishing_publishes_after_restart()
    {
        const string district = "fault-producer";
        await App.StopBrokerAsync();
        IReadOnlyList<string> killed;
        try
        {
            await platform.CreateStreetsAsync(district, 20);
            Assert.Equal(20, await PendingOutboxAsync(district)); // committed, not published
            killed = await App.KillAsync("grid");
        }
        finally
        {
            await App.StartBrokerAsync();
        }

        Assert.Equal(20, await PendingOutboxAsync(district)); // nothing was published by the dead processes
        await App.RestartAsync("grid", killed);

        Assert.Equal(20, await Eventually.CountAsync(() => PartyCopiesAsync(district), 20, Patience));
        Assert.Equal(0, await Eventually.CountAsync(async () => -await PendingOutboxAsync(district), 0, Patience));
    }

    [Fact]
    public async Task A_consumer_killed_while_handling_messages_applies_each_once_after_restart()
    {
        const string district = "fault-consumer";
        const int total = 1000;

        var errorsBefore = (await platform.ErrorQueueAsync("party")).Count;

        // Let the events pile up, then release them all at once so the consumer is busy when it dies.
        await App.StopBrokerAsync();
        try
        {
            await platform.CreateStreetsAsync(district, total);
        }
        finally
        {
            await App.StartBrokerAsync();
        }

        var atKill = await Eventually.CountAsync(() => PartyCopiesAsync(district), 1, Patience);
        var killed = await App.KillAsync("party");
        Assert.InRange(atKill, 1, total - 1); // it really was killed mid-stream

        await App.RestartAsync("party", killed);

        Assert.Equal(total, await Eventually.CountAsync(() => PartyCopiesAsync(district), total, Patience));
        await Task.Delay(TimeSpan.FromSeconds(2)); // any duplicate would show up now
        Assert.Equal(total, await PartyCopiesAsync(district));
        Assert.Equal(errorsBefore, (await platform.ErrorQueueAsync("party")).Count); // nothing failed into the error queue
    }
}
