using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>
/// This run's Redis server, found before the fault (finding DCP's instance takes seconds), so that
/// freezing or killing it happens at the moment the fault is marked.
/// </summary>
internal sealed class CacheServer
{
    private const string Resource = "cache";

    private readonly DistributedApplication app;
    private readonly string instance;
    private readonly int serverPid;

    private CacheServer(DistributedApplication app, string instance, int serverPid)
    {
        this.app = app;
        this.instance = instance;
        this.serverPid = serverPid;
    }

    public static async Task<CacheServer> FindAsync(DistributedApplication app)
    {
        var instance = (await PlatformOperations.InstancesAsync(app, Resource)).Single();
        var script = PlatformOperations.ProcessIdOf(app, instance);
        var server = ServerProcesses.ChildrenOf(script).Single(pid => ServerProcesses.CommandLineOf(pid).StartsWith("redis-server", StringComparison.Ordinal));
        return new CacheServer(app, instance, server);
    }

    /// <summary>SIGSTOP to the server: connections stay open and every command hangs, as with a stalled host.</summary>
    public async Task<FrozenProcesses> FreezeAsync()
    {
        await ServerProcesses.SignalAsync("STOP", [serverPid]);
        return new FrozenProcesses([serverPid]);
    }

    /// <summary>SIGKILL to the server; its script then exits, and the resource stays down until <see cref="StartAgainAsync"/>.</summary>
    public Task KillAsync() => ServerProcesses.SignalAsync("KILL", [serverPid]);

    /// <summary>Has DCP start the killed server again (same port, empty data) and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        using var timeout = new CancellationTokenSource(OutageOperations.ServerPatience);
        await PlatformOperations.StartAgainAsync(app, [instance], timeout.Token);
        var port = int.Parse((await app.GetConnectionStringAsync(Resource, timeout.Token))!.Split(':')[1], CultureInfo.InvariantCulture);
        while (!await AnswersPingAsync(port, timeout.Token))
        {
            await Task.Delay(100, timeout.Token);
        }
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
