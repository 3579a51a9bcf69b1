using System.Globalization;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>
/// The table of outage figures, one row per fault: written to the test's output and appended to a
/// markdown file (<c>OUTAGE_REPORT</c>, else <c>TestResults/outages.md</c> under the working
/// directory) that the first fault of a test run starts afresh, so CI can print it. Every request of
/// the fault goes to a CSV file beside it, to see what happened when, not only the summary.
/// </summary>
public static class OutageReport
{
    private const string Header =
        "| fault | duration s | requests | 2xx % (not needing it) | p95 ms | fast-503 max ms | recovery s | lost | doubled | unsettled | failed checks |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

    private static bool startedThisRun;

    public static string FilePath =>
        Environment.GetEnvironmentVariable("OUTAGE_REPORT") is { Length: > 0 } configured ? configured : Path.Combine("TestResults", "outages.md");

    public static void Publish(
        OutageFigures figures, IReadOnlyList<LoadResult> results, IReadOnlyList<string> failedChecks, IReadOnlyList<string> notes, ITestOutputHelper output)
    {
        var row = Row(figures, failedChecks);
        output.WriteLine(Header);
        output.WriteLine(row);
        foreach (var line in figures.Phases.Concat(notes))
        {
            output.WriteLine($"  {line}");
        }

        foreach (var failure in failedChecks)
        {
            output.WriteLine($"  FAILED: {failure}");
        }

        var path = Path.GetFullPath(FilePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!startedThisRun)
        {
            startedThisRun = true;
            File.WriteAllText(path, Header + "\n");
        }

        File.AppendAllText(path, row + "\n");

        var requests = Path.Combine(Path.GetDirectoryName(path)!, $"outage-{Slug(figures.Fault)}.csv");
        File.WriteAllLines(requests, results.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.SentAt.TotalMilliseconds:F0},{r.Request.Kind},{r.Status},{r.Latency.TotalMilliseconds:F0},{r.HasRetryAfter},{r.ContentType}"))
            .Prepend("sent_ms,kind,status,latency_ms,retry_after,content_type"));
        output.WriteLine($"  every request: {requests}");
    }

    private static string Slug(string fault) =>
        string.Join("-", fault.ToLowerInvariant().Split(fault.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));

    private static string Row(OutageFigures f, IReadOnlyList<string> failedChecks) => string.Join(" | ",
    [
        $"| {f.Fault}",
        Seconds(f.Duration),
        f.Requests.ToString(CultureInfo.InvariantCulture),
        f.IndependentSuccessShare is { } share ? (share * 100).ToString("F1", CultureInfo.InvariantCulture) : "–",
        Milliseconds(f.IndependentP95),
        Milliseconds(f.Slowest503),
        f.Recovery is { } recovery ? Seconds(recovery) : "never",
        f.Lost.Count.ToString(CultureInfo.InvariantCulture),
        f.Doubled.ToString(CultureInfo.InvariantCulture),
        f.Unsettled.ToString(CultureInfo.InvariantCulture),
        (failedChecks.Count == 0 ? "none" : string.Join("; ", failedChecks).Replace("|", "/", StringComparison.Ordinal)) + " |",
    ]);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan? value) => value is { } v ? v.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) : "–";
}
