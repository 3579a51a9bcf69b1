using Xunit.Abstractions;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>
/// Issue 13: whatever a client sends, the platform answers with a 4xx that says what is wrong,
/// never a 5xx or a dropped connection. Both tests read one fuzz pass, run in a district of its own.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class SchemaFuzzTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task No_mutation_of_any_operation_gets_a_server_error_or_a_dropped_connection()
    {
        var report = await FuzzPass.RunAsync(platform, output);

        var failures = report.ServerErrors;
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {report.Results.Count} requests got a 5xx or lost the connection:\n" + string.Join('\n', failures)
            + "\n\nExceptions the services logged:\n" + string.Join('\n', FuzzPass.Exceptions));
    }

    [Fact]
    public async Task Every_4xx_answer_is_a_problem_document()
    {
        var report = await FuzzPass.RunAsync(platform, output);

        var failures = report.NonProblemClientErrors;
        Assert.True(failures.Count == 0,
            $"{failures.Count} 4xx answers are not application/problem+json:\n"
            + string.Join('\n', failures.Select(f => $"{f} (content-type: {f.ContentType ?? "none"})")));
    }
}

/// <summary>The one fuzz pass of a test run, shared by the tests that judge it.</summary>
internal static class FuzzPass
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static FuzzReport? report;
    private static IReadOnlyList<string> exceptions = [];

    /// <summary>What the services logged while the pass ran: the causes behind its 500s.</summary>
    public static IReadOnlyList<string> Exceptions => exceptions;

    public static async Task<FuzzReport> RunAsync(PlatformFixture platform, ITestOutputHelper output)
    {
        await Gate.WaitAsync();
        try
        {
            if (report is null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
                using var client = SchemaFuzzer.Client(platform.Gateway.BaseAddress!);
                var token = await platform.TokenAsync("fuzz", FuzzWorld.AllRoles, "fuzz");
                var world = await FuzzWorld.BuildAsync(client, token, timeout.Token);
                world.Problems.ForEach(output.WriteLine);
                await using var watch = await ServiceExceptions.WatchAsync(platform.App, platform.Domains);
                report = await SchemaFuzzer.RunAsync(client, platform.Domains, world, FuzzOptions.FromEnvironment(), timeout.Token);
                exceptions = await watch.StopAsync();
                await WriteSummaryAsync(report, exceptions);
            }
        }
        finally
        {
            Gate.Release();
        }

        output.WriteLine(report.Summary());
        output.WriteLine("Exceptions the services logged:\n" + string.Join('\n', exceptions));
        return report;
    }

    /// <summary><c>FUZZ_SUMMARY</c> names a file for the counts and every failure (bench/fuzz.sh prints it).</summary>
    private static async Task WriteSummaryAsync(FuzzReport report, IReadOnlyList<string> logged)
    {
        if (Environment.GetEnvironmentVariable("FUZZ_SUMMARY") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, report.Summary()
                + "\n5xx and connection failures:\n" + string.Join('\n', report.ServerErrors)
                + "\n\n4xx without application/problem+json:\n" + string.Join('\n', report.NonProblemClientErrors)
                + "\n\nExceptions the services logged:\n" + string.Join('\n', logged) + "\n");
        }
    }
}
