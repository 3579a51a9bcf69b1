using Governance.Contracts.Grid;
using Governance.ServiceDefaults.Messaging;

namespace Governance.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The relay's rule for one aggregate, without a broker: a row counts as sent only when its own
/// publish was confirmed, and a failure stops the aggregate with the later rows left untouched.
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
    public async Task Every_row_confirmed_is_stamped_sent_in_order()
    {
        var rows = Rows(3);
        var published = new List<OutboxMessage>();

        var outcome = await AggregatePublication.PublishInOrderAsync(rows, (row, _) => { published.Add(row); return Task.CompletedTask; },
            TimeSpan.FromSeconds(5), CancellationToken.None);
        outcome.Record(Now);

        Assert.Equal(rows, published);
        Assert.Equal(rows, outcome.Confirmed);
        Assert.Null(outcome.Failed);
        Assert.All(rows, r => Assert.Equal((Now, 1, (string?)null), (r.SentAt, r.Attempts, r.LastError)));
    }

    [Fact]
    public async Task A_failed_publish_stops_the_aggregate_and_leaves_the_later_rows_pending_and_untouched()
    {
        var rows = Rows(3);
        var attempted = new List<OutboxMessage>();

        var outcome = await AggregatePublication.PublishInOrderAsync(rows, (row, _) =>
        {
            attempted.Add(row);
            return row == rows[1] ? Task.FromException(new InvalidOperationException("channel closed")) : Task.CompletedTask;
        }, TimeSpan.FromSeconds(5), CancellationToken.None);
        outcome.Record(Now);

        Assert.Equal(rows[..2], attempted);
        Assert.Equal((Now, 1, (string?)null), (rows[0].SentAt, rows[0].Attempts, rows[0].LastError));
        Assert.Equal((null, 1, "channel closed"), (rows[1].SentAt, rows[1].Attempts, rows[1].LastError));
        Assert.Equal((null, 0, null), (rows[2].SentAt, rows[2].Attempts, rows[2].LastError));
    }

    [Fact]
    public async Task A_confirm_that_never_comes_fails_the_row_after_the_timeout()
    {
        var rows = Rows(2);

        var outcome = await AggregatePublication.PublishInOrderAsync(rows, (_, token) => Task.Delay(Timeout.Infinite, token),
            TimeSpan.FromMilliseconds(50), CancellationToken.None);
        outcome.Record(Now);

        Assert.Same(rows[0], outcome.Failed);
        Assert.Empty(outcome.Confirmed);
        Assert.StartsWith("No confirm from the broker", rows[0].LastError, StringComparison.Ordinal);
        Assert.Equal((null, 0), (rows[1].SentAt, rows[1].Attempts));
    }
}
