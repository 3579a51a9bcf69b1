using Governance.BuildingBlocks.Data;

namespace Governance.ServiceDefaults.Tests.Data;

public class RowLockQueueTests
{
    [Fact]
    public async Task Requests_for_one_row_take_turns_in_arrival_order_while_other_rows_go_ahead()
    {
        var row = Guid.NewGuid();
        var inside = 0;
        var overlapped = false;
        var order = new List<int>();
        var first = new TaskCompletionSource();

        async Task<int> LockAsync(int caller)
        {
            overlapped |= Interlocked.Increment(ref inside) > 1;
            lock (order)
            {
                order.Add(caller);
            }

            if (caller == 0)
            {
                await first.Task;
            }

            await Task.Yield();
            Interlocked.Decrement(ref inside);
            return caller;
        }

        var queued = Enumerable.Range(0, 20).Select(caller => RowLockQueue.InTurnAsync("activities", row, () => LockAsync(caller), CancellationToken.None)).ToList();
        var otherRow = await RowLockQueue.InTurnAsync("activities", Guid.NewGuid(), () => Task.FromResult(-1), CancellationToken.None);
        first.SetResult();

        Assert.Equal(Enumerable.Range(0, 20), await Task.WhenAll(queued));
        Assert.Equal((-1, false), (otherRow, overlapped));
        Assert.Equal(Enumerable.Range(0, 20), order);
    }

    [Fact]
    public async Task A_caller_that_gives_up_leaves_the_queue_to_the_others()
    {
        var row = Guid.NewGuid();
        var held = new TaskCompletionSource<int>();
        var holder = RowLockQueue.InTurnAsync("places", row, () => held.Task, CancellationToken.None);
        using var impatient = new CancellationTokenSource();
        var gaveUp = RowLockQueue.InTurnAsync("places", row, () => Task.FromResult(1), impatient.Token);

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        held.SetResult(0);

        Assert.Equal((0, 2), (await holder, await RowLockQueue.InTurnAsync("places", row, () => Task.FromResult(2), CancellationToken.None)));
    }
}
