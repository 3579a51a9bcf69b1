using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Governance.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>
/// The faults an operator (or the machine) inflicts on the shared servers: Redis frozen or killed,
/// PostgreSQL frozen or restarted. Each returns what it takes to undo it.
/// </summary>
internal static class OutageOperations
{
    private const string CacheResource = "cache";
    private const string DatabaseResource = "postgres";
    private static readonly TimeSpan ServerPatience = TimeSpan.FromSeconds(60);

    /// <summary>SIGSTOP to the Redis server: connections stay open and every command hangs, as with a stalled host.</summary>
    public static async Task<FrozenProcesses> FreezeCacheAsync(this DistributedApplication app)
    {
        var server = await CacheServerAsync(app);
        await ServerProcesses.SignalAsync("STOP", [server]);
        return new FrozenProcesses([server]);
    }

    /// <summary>SIGKILL to the Redis server; its script then exits, and the resource stays down until <see cref="StartCacheAsync"/>.</summary>
    public static async Task<string> KillCacheAsync(this DistributedApplication app)
    {
        var instance = (await PlatformOperations.InstancesAsync(app, CacheResource)).Single();
        await ServerProcesses.SignalAsync("KILL", [await CacheServerAsync(app)]);
        return instance;
    }

    /// <summary>Has DCP start the killed Redis again (same port, empty data) and waits until it answers PING.</summary>
    public static async Task StartCacheAsync(this DistributedApplication app, string instance)
    {
        using var timeout = new CancellationTokenSource(ServerPatience);
        await PlatformOperations.StartAgainAsync(app, [instance], timeout.Token);
        var port = int.Parse((await app.GetConnectionStringAsync(CacheResource, timeout.Token))!.Split(':')[1], CultureInfo.InvariantCulture);
        while (!await AnswersPingAsync(port, timeout.Token))
        {
            await Task.Delay(100, timeout.Token);
        }
    }

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

    private static async Task<int> CacheServerAsync(DistributedApplication app)
    {
        var instance = (await PlatformOperations.InstancesAsync(app, CacheResource)).Single();
        var script = PlatformOperations.ProcessIdOf(app, instance);
        return ServerProcesses.ChildrenOf(script).Single(pid => ServerProcesses.CommandLineOf(pid).StartsWith("redis-server", StringComparison.Ordinal));
    }

    /// <summary>The postmaster of this run's server, from the pid file in its data directory.</summary>
    private static int PostmasterOf(DistributedApplication app)
    {
        var server = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<LocalServerResource>().Single(r => r.Name == DatabaseResource);
        var pidFile = Path.Combine(server.DataDirectory, "data", "postmaster.pid");
        return int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
    }

    private static async Task<bool> AnswersPingAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply, cancellationToken);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>Processes held with SIGSTOP, to be sent SIGCONT when the fault ends.</summary>
internal sealed class FrozenProcesses(IReadOnlyCollection<int> pids)
{
    public Task ThawAsync() => ServerProcesses.SignalAsync("CONT", pids);
}
