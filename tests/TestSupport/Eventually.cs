using System.Diagnostics;

namespace Governance.TestSupport;

/// <summary>
/// Waits for what the platform does in the background (an event crossing the broker, a timer firing,
/// a replica being taken out of rotation) by reading again until it shows or patience runs out.
/// Each method returns what it saw last, so the caller's assertion says what was there instead.
/// </summary>
public static class Eventually
{
    /// <summary>Long enough not to flood the service being watched, short enough not to slow a test noticeably.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads until <paramref name="done"/> holds for what was read or <paramref name="timeout"/> passes; returns the last reading.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, TimeSpan? interval = null)
    {
        var watch = Stopwatch.StartNew();
        T value;
        while (!done(value = await read()) && watch.Elapsed < timeout)
        {
            await Task.Delay(interval ?? DefaultInterval);
        }

        return value;
    }

    /// <summary>Reads a count until it reaches <paramref name="expected"/> or <paramref name="timeout"/> passes; returns the last count.</summary>
    public static Task<long> CountAsync(Func<Task<long>> read, long expected, TimeSpan timeout) =>
        ReadAsync(read, count => count >= expected, timeout);

    /// <summary>Checks each item until <paramref name="holds"/> for all of them or <paramref name="timeout"/> passes; returns those for which it never held.</summary>
    public static async Task<IReadOnlyCollection<T>> AllAsync<T>(IEnumerable<T> items, Func<T, Task<bool>> holds, TimeSpan timeout, TimeSpan? interval = null)
    {
        var waiting = items.ToHashSet();
        await ReadAsync(async () =>
        {
            foreach (var item in waiting.ToList())
            {
                if (await holds(item))
                {
                    waiting.Remove(item);
                }
            }

            return waiting.Count;
        }, count => count == 0, timeout, interval);
        return waiting;
    }
}
