namespace Governance.AppHost.Infrastructure;

/// <summary>Where this machine's PostgreSQL, RabbitMQ and Redis server programs are, and which are missing.</summary>
public sealed record LocalServers(string? PostgresBin, string? RabbitMqBin, string? RedisServer, string? Epmd)
{
    public const string InstallCommand = "apt-get install -y postgresql rabbitmq-server redis-server";

    public IReadOnlyList<string> Missing =>
    [
        .. PostgresBin is null ? ["PostgreSQL server (initdb, postgres)"] : Array.Empty<string>(),
        .. RabbitMqBin is null || Epmd is null ? ["RabbitMQ server (rabbitmq-server, epmd)"] : Array.Empty<string>(),
        .. RedisServer is null ? ["Redis server (redis-server)"] : Array.Empty<string>(),
    ];

    /// <summary>Looks in the places Debian's packages install to, then on PATH.</summary>
    public static LocalServers Discover()
    {
        var postgres = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        postgres ??= Path.GetDirectoryName(FindOnPath("postgres") ?? "") is { Length: > 0 } dir && File.Exists(Path.Combine(dir, "initdb")) ? dir : null;

        var rabbit = File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server") ? "/usr/lib/rabbitmq/bin" : null;
        return new LocalServers(postgres, rabbit, FindOnPath("redis-server"), FindOnPath("epmd"));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
