using Governance.Contracts.Grid;
using Governance.BuildingBlocks.Messaging;

namespace Governance.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The relay's rule for one aggregate, without a broker: a row counts as confirmed only when its
/// own publish was, and a failure stops the aggregate before its later rows are attempted. (That
/// the relay then stamps exactly the confirmed rows is tested end to end in OutboxRelayTests.)
/// </summary>
public class AggregatePublicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static List<OutboxMessage> Rows(int count)
    {
        var unitId = Guid.CreateVersion7();
        return Enumerable.Range(0, count)
            .Select(i => OutboxMessage.For(new GridUnitCreated(Guid.CreateVersion7(), "lunan", Now, unitId, "street", null, $"Street {i}", null), unitId.ToString()))
            .ToList();
    }

    [Fact]
    public async Task Every_row_is_published_in_order_and_confirmed()
    {
        var rows = Rows(3);
        var published = new List<OutboxMessage>();

        var outcome = await AggregatePublication.PublishInOrderAsync(rows, (row, _) => { published.Add(row); return Task.CompletedTask; },
            TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(rows, published);
        Assert.Equal(rows, outcome.Confirmed);
        Assert.Null(outcome.Failed);
        Assert.Null(outcome.Error);
    }

    [Fact]
    public async Task A_failed_publish_stops_the_aggregate_before_its_later_rows()
    {
        var rows = Rows(3);
        var attempted = new List<OutboxMessage>();

        var outcome = await AggregatePublication.PublishInOrderAsync(rows, (row, _) =>
        {
            attempted.Add(row);
            return row == rows[1] ? Task.FromException(new InvalidOperationException("channel closed")) : Task.CompletedTask;
        }, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(rows[..2], attempted);
        Assert.Equal([rows[0]], outcome.Confirmed);
        Assert.Same(rows[1], outcome.Failed);
        Assert.Equal("channel closed", outcome.Error);
    }

    [Fact]
    public async Task A_confirm_that_never_comes_fails_the_row_after_the_timeout()
    {
        var rows = Rows(2);

        var outcome = await AggregatePublication.PublishInOrderAsync(rows, (_, token) => Task.Delay(Timeout.Infinite, token),
            TimeSpan.FromMilliseconds(50), CancellationToken.None);

        Assert.Same(rows[0], outcome.Failed);
        Assert.Empty(outcome.Confirmed);
        Assert.StartsWith("No confirm from the broker", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_relay_is_not_recorded_as_a_failed_publish()
    {
        var rows = Rows(1);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            AggregatePublication.PublishInOrderAsync(rows, (_, token) => Task.Delay(Timeout.Infinite, token), TimeSpan.FromSeconds(5), stopping.Token));
    }
}
