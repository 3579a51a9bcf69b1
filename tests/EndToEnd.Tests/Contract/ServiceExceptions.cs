using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>
/// The exceptions the services logged during a pass, read from their console output: a 500 says
/// only that something failed, the exception says what, so a failure report can name the cause.
/// </summary>
internal static partial class ServiceExceptions
{
    public static async Task<IReadOnlyList<string>> CollectAsync(DistributedApplication app, IEnumerable<string> services)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            foreach (var instance in await PlatformOperations.InstancesAsync(app, service))
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await foreach (var batch in logs.GetAllAsync(instance).WithCancellation(timeout.Token))
                    {
                        foreach (var line in batch)
                        {
                            if (ExceptionLine().Match(line.Content) is { Success: true } match)
                            {
                                var key = $"{service}: {match.Value.Trim()}";
                                seen[key] = seen.GetValueOrDefault(key) + 1;
                            }
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        return [.. seen.OrderByDescending(e => e.Value).Select(e => $"{e.Value} × {e.Key}")];
    }

    // The first line of a logged exception: its type and message, e.g. "System.InvalidOperationException: Nullable object must have a value."
    [GeneratedRegex(@"^\s*[A-Z][\w.]*(Exception|Error): .{0,200}", RegexOptions.CultureInvariant)]
    private static partial Regex ExceptionLine();
}
