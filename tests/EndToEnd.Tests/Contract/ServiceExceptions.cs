using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>
/// The exceptions the services log while a pass runs, read from their console output: a 500 says
/// only that something failed, the exception says what, so a failure report can name the cause.
/// Console output reaches a reader only while it watches, so the watch starts before the pass.
/// </summary>
internal sealed partial class ServiceExceptions : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> seen = new(StringComparer.Ordinal);

    // Where each exception was first thrown in the platform's own code: the place to fix.
    private readonly ConcurrentDictionary<string, string> frames = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> watches = [];
    private int lines;

    public static async Task<ServiceExceptions> WatchAsync(DistributedApplication app, IEnumerable<string> services)
    {
        var watcher = new ServiceExceptions();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var service in services)
        {
            var instances = await PlatformOperations.InstancesAsync(app, service);
            // A resource without replicas may be known by its name alone.
            foreach (var instance in instances.Count > 0 ? instances : [service])
            {
                watcher.watches.Add(watcher.ReadAsync(logs, service, instance));
            }
        }

        return watcher;
    }

    /// <summary>Each distinct exception with how often it was logged, most frequent first.</summary>
    public async Task<IReadOnlyList<string>> StopAsync()
    {
        // Give the last lines time to arrive from the processes' output.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(watches);
        // The count of lines read shows an empty list is a quiet pass, not a watch that saw nothing. EF logs a failed
        // save even when the handler turns it into a 409, and start-up logs its own, so not every line is a 500.
        return [$"({lines} lines of {watches.Count} service instances read, start-up and exceptions handled as 4xx included)", .. seen.OrderByDescending(e => e.Value).Select(e => $"{e.Value} × {e.Key}{(frames.TryGetValue(e.Key, out var at) ? $" at {at}" : "")}")];
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(watches);
        stop.Dispose();
    }

    private async Task ReadAsync(ResourceLoggerService logs, string service, string instance)
    {
        string? last = null;
        try
        {
            await foreach (var batch in logs.WatchAsync(instance).WithCancellation(stop.Token))
            {
                Interlocked.Add(ref lines, batch.Count);
                foreach (var line in batch)
                {
                    if (ExceptionLine().Match(line.Content) is { Success: true } match)
                    {
                        last = $"{service}: {match.Value.Trim()}";
                        seen.AddOrUpdate(last, 1, (_, count) => count + 1);
                    }
                    else if (last is not null && OwnFrame().Match(line.Content) is { Success: true } frame)
                    {
                        frames.TryAdd(last, frame.Groups[1].Value);
                        last = null;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // The first line of a logged exception, wherever the line's timestamp leaves it: its type and message,
    // e.g. "System.InvalidOperationException: Nullable object must have a value."
    [GeneratedRegex(@"\b(?:[A-Z]\w*\.)+\w*(?:Exception|Error)(?: \(0x[0-9A-Fa-f]+\))?: .{0,200}", RegexOptions.CultureInvariant)]
    private static partial Regex ExceptionLine();

    [GeneratedRegex(@"\bat (Governance\.[^\s(]+)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnFrame();
}
