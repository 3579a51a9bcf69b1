using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace Governance.AppHost.Infrastructure;

/// <summary>
/// Runs the machine's installed PostgreSQL, RabbitMQ and Redis as Aspire executables, each on a
/// free loopback port with a private data directory. The scripts in <c>LocalServers/</c> own each
/// server's life: initialise, start, stop cleanly on SIGTERM, and remove the data directory unless
/// <c>Infrastructure:Local:DataDirectory</c> asks to keep it.
/// </summary>
internal static class LocalInfrastructure
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder, LocalServers servers)
    {
        var (root, keepData) = DataDirectory(builder.Configuration);
        var keep = keepData ? "true" : "false";
        var scripts = Path.Combine(AppContext.BaseDirectory, "LocalServers");

        var postgresPort = FreePort();
        var postgres = AddServer(builder, "postgres", Path.Combine(root, "postgres"), $"Host=127.0.0.1;Port={postgresPort};Username=postgres", postgresPort,
            Path.Combine(scripts, "postgres.sh"), servers.PostgresBin!, Path.Combine(root, "postgres"), Port(postgresPort), keep);
        builder.Services.AddHealthChecks().AddNpgSql(postgres.Resource.ConnectionString, name: "postgres-ready");
        postgres.WithHealthCheck("postgres-ready");

        var rabbitPort = FreePort();
        var rabbit = AddServer(builder, PlatformInfrastructure.MessagingName, Path.Combine(root, "rabbitmq"), $"amqp://guest:guest@127.0.0.1:{rabbitPort}/", rabbitPort,
            Path.Combine(scripts, "rabbitmq.sh"), servers.RabbitMqBin!, Path.Combine(root, "rabbitmq"),
            Port(rabbitPort), Port(FreePort()), Port(FreePort()), keep);
        builder.Services.AddHealthChecks().AddAsyncCheck("messaging-ready", ct => AmqpHandshake(rabbit.Resource.ConnectionString, ct));
        rabbit.WithHealthCheck("messaging-ready");

        var redisPort = FreePort();
        var redis = AddServer(builder, PlatformInfrastructure.CacheName, Path.Combine(root, "redis"), $"127.0.0.1:{redisPort}", redisPort,
            Path.Combine(scripts, "redis.sh"), Path.Combine(root, "redis"), Port(redisPort), keep);
        builder.Services.AddHealthChecks().AddRedis(redis.Resource.ConnectionString, name: "cache-ready");
        redis.WithHealthCheck("cache-ready");

        return new PlatformInfrastructure
        {
            Mode = InfrastructureMode.Local,
            Messaging = new(rabbit, rabbit),
            Cache = new(redis, redis),
            Database = domain =>
            {
                var database = builder.AddConnectionString(
                    PlatformInfrastructure.DatabaseResourceName(domain),
                    ReferenceExpression.Create($"{postgres.Resource.ConnectionString};Database={domain}"));
                return new(database, postgres);
            },
        };
    }

    private static IResourceBuilder<LocalServerResource> AddServer(
        IDistributedApplicationBuilder builder, string name, string dataDirectory, string connectionString, int port, params string[] args) =>
        builder.AddResource(new LocalServerResource(name, dataDirectory, connectionString))
            .WithArgs(args)
            // Not proxied: a proxy accepts connections before the server listens, and the health
            // check must see the real server.
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false);

    private static async Task<HealthCheckResult> AmqpHandshake(string uri, CancellationToken cancellationToken)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(uri), RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("AMQP connection closed.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }

    /// <summary>
    /// A configured folder keeps data across runs; otherwise each AppHost gets its own temporary
    /// folder, and folders left by AppHosts that were killed are swept.
    /// </summary>
    private static (string Root, bool Keep) DataDirectory(ConfigurationManager configuration)
    {
        if (configuration["Infrastructure:Local:DataDirectory"] is { Length: > 0 } configured)
        {
            Directory.CreateDirectory(configured);
            return (Path.GetFullPath(configured), true);
        }

        var parent = Path.Combine(Path.GetTempPath(), "governance-infra");
        Directory.CreateDirectory(parent);
        foreach (var stale in Directory.GetDirectories(parent).Where(dir => !IsRunning(Path.GetFileName(dir))))
        {
            Directory.Delete(stale, recursive: true);
        }

        var root = Path.Combine(parent, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        return (root, false);
    }

    private static bool IsRunning(string processId)
    {
        if (!int.TryParse(processId, out var pid))
        {
            return true; // not ours to remove
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static readonly HashSet<int> PortsHandedOut = [];

    /// <summary>
    /// A free loopback port below the kernel's ephemeral range. A port the kernel hands out
    /// (bind to 0) lies inside that range, where any outgoing connection may take it as its local
    /// port before the server gets to bind it: a server then fails to start. Below the range only
    /// another listener can collide, and the bind test rules that out.
    /// </summary>
    private static int FreePort()
    {
        var ephemeralStart = EphemeralRangeStart();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(10_000, ephemeralStart);
            if (PortsHandedOut.Contains(port))
            {
                continue;
            }

            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                PortsHandedOut.Add(port);
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
        }

        throw new InvalidOperationException($"No free loopback port between 10000 and {ephemeralStart}.");
    }

    private static int EphemeralRangeStart()
    {
        const string RangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(RangeFile)
               && int.TryParse(File.ReadAllText(RangeFile).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start)
               && start > 11_000
            ? start
            : 32_768;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
