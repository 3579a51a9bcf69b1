namespace Governance.BuildingBlocks.Messaging;

/// <summary>
/// What became of one aggregate's pending rows in a relay pass: the rows the broker confirmed,
/// in order, and the row whose publish failed with its error. The relay stamps only the confirmed
/// rows sent and notes the error on the failed one; rows after it were not attempted and stay
/// pending exactly as they were, so none of them can overtake it or be stamped sent unpublished.
/// </summary>
internal sealed record AggregatePublication(IReadOnlyList<OutboxMessage> Confirmed, OutboxMessage? Failed, string? Error)
{
    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Publishes <paramref name="rows"/> (one aggregate's, in id order) one after another, each
    /// awaiting its own confirm within <paramref name="timeout"/>, and stops at the first failure.
    /// </summary>
    public static async Task<AggregatePublication> PublishInOrderAsync(
        IReadOnlyList<OutboxMessage> rows, Func<OutboxMessage, CancellationToken, Task> publish, TimeSpan timeout, CancellationToken cancellationToken)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            publishTimeout.CancelAfter(timeout);
            try
            {
                await publish(rows[i], publishTimeout.Token);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var error = ex is OperationCanceledException ? $"No confirm from the broker within {timeout.TotalSeconds}s." : ex.Message;
                return new AggregatePublication(rows.Take(i).ToList(), rows[i], error.Length > MaxErrorLength ? error[..MaxErrorLength] : error);
            }
        }

        return new AggregatePublication(rows, null, null);
    }
}
