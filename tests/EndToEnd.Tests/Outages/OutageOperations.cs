using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Governance.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>
/// The faults the machine inflicts on the shared PostgreSQL server: frozen, or crashed and restarted.
/// </summary>
internal static class OutageOperations
{
    private const string DatabaseResource = "postgres";
    public static readonly TimeSpan ServerPatience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// SIGSTOP to the postmaster and then to every process it has started. Stopping only the
    /// postmaster would leave pooled connections working: their backends are separate processes.
    /// The postmaster goes first, so it cannot start a backend that the list would miss.
    /// </summary>
    public static async Task<FrozenProcesses> FreezeDatabaseAsync(this DistributedApplication app)
    {
        var postmaster = PostmasterOf(app);
        await ServerProcesses.SignalAsync("STOP", [postmaster]);
        var all = new List<int> { postmaster };
        try
        {
            all.AddRange(ServerProcesses.ChildrenOf(postmaster));
            await ServerProcesses.SignalAsync("STOP", all);
        }
        catch
        {
            await ServerProcesses.SignalAsync("CONT", all);
            throw;
        }

        return new FrozenProcesses(all);
    }

    /// <summary>
    /// SIGKILL to one client backend: the postmaster then ends every other backend, reinitialises
    /// and recovers, as after a crash. This is the restart the local server script allows: when the
    /// postmaster itself exits, the script removes the data directory.
    /// Returns once every process of the old generation is gone.
    /// </summary>
    public static async Task CrashDatabaseAsync(this DistributedApplication app)
    {
        var postmaster = PostmasterOf(app);
        var generation = ServerProcesses.ChildrenOf(postmaster);
        var backend = generation.FirstOrDefault(pid => ServerProcesses.CommandLineOf(pid).Contains("127.0.0.1(", StringComparison.Ordinal));
        Assert.True(backend != 0, $"PostgreSQL has no client backend to kill: {string.Join(", ", generation.Select(ServerProcesses.CommandLineOf))}");
        await ServerProcesses.SignalAsync("KILL", [backend]);

        var watch = Stopwatch.StartNew();
        while (generation.Any(ServerProcesses.IsRunning))
        {
            Assert.True(watch.Elapsed < ServerPatience, "PostgreSQL did not end its backends after one was killed.");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until PostgreSQL accepts a new connection and answers a query.</summary>
    public static async Task WaitForDatabaseAsync(this DistributedApplication app)
    {
        var connectionString = await app.GetConnectionStringAsync(DatabaseResource) + ";Database=postgres;Pooling=false;Timeout=2;Command Timeout=2";
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync();
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && watch.Elapsed < ServerPatience)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The postmaster of this run's server, from the pid file in its data directory.</summary>
    private static int PostmasterOf(DistributedApplication app)
    {
        var server = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<LocalServerResource>().Single(r => r.Name == DatabaseResource);
        var pidFile = Path.Combine(server.DataDirectory, "data", "postmaster.pid");
        return int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
    }
}

/// <summary>Processes held with SIGSTOP, to be sent SIGCONT when the fault ends.</summary>
internal sealed class FrozenProcesses(IReadOnlyCollection<int> pids)
{
    public Task ThawAsync() => ServerProcesses.SignalAsync("CONT", pids);
}
