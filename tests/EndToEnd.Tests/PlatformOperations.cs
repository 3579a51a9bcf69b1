using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Governance.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.EndToEnd.Tests;

/// <summary>What an operator does to the running platform in the fault tests: stop the broker, kill a service, look in a database.</summary>
public static class PlatformOperations
{
    /// <summary>Stops the RabbitMQ application inside its node: connections drop and the AMQP port closes, durable queues stay.</summary>
    public static Task StopBrokerAsync(this DistributedApplication app) => app.RabbitMqCtlAsync("stop_app");

    public static async Task StartBrokerAsync(this DistributedApplication app)
    {
        await app.RabbitMqCtlAsync("start_app");
        await app.RabbitMqCtlAsync("await_startup");
    }

    private static async Task RabbitMqCtlAsync(this DistributedApplication app, string command)
    {
        var broker = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<LocalServerResource>().Single(r => r.Name == "messaging");
        var ctl = Path.Combine(LocalServers.Discover().RabbitMqBin!, "rabbitmqctl");
        using var process = Process.Start(new ProcessStartInfo("bash",
            ["-c", $"source '{broker.DataDirectory}/env.sh' && '{ctl}' -q {command}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {command} failed: {await stderr}");
    }

    /// <summary>SIGKILL to every replica of <paramref name="resource"/>: no chance to finish anything. Returns the instances killed.</summary>
    public static async Task<IReadOnlyList<string>> KillAsync(this DistributedApplication app, string resource)
    {
        var instances = await InstancesAsync(app, resource);
        Assert.NotEmpty(instances);
        foreach (var instance in instances)
        {
            app.KillInstance(instance);
        }

        return instances;
    }

    /// <summary>SIGKILL to one replica of <paramref name="resource"/>, the others keep running. Returns the instance killed.</summary>
    public static async Task<string> KillOneReplicaAsync(this DistributedApplication app, string resource)
    {
        var instances = await InstancesAsync(app, resource);
        Assert.True(instances.Count > 1, $"{resource} runs {instances.Count} instance(s); killing one would take it down");
        app.KillInstance(instances[0]);
        return instances[0];
    }

    /// <summary>SIGKILL to one instance (e.g. one replica, while the others keep serving), as DCP named it.</summary>
    public static void KillInstance(this DistributedApplication app, string instance)
    {
        using var process = Process.GetProcessById(ProcessIdOf(app, instance));
        // DCP's pid is the launcher (dotnet run); the service is its child, so the whole tree goes.
        process.Kill(entireProcessTree: true);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>The process DCP started for <paramref name="instance"/> (for a local server, the script that runs it).</summary>
    internal static int ProcessIdOf(DistributedApplication app, string instance)
    {
        Assert.True(app.ResourceNotifications.TryGetCurrentState(instance, out var state), $"{instance} is unknown");
        var pid = state.Snapshot.Properties.FirstOrDefault(p => p.Name.EndsWith(".pid", StringComparison.Ordinal))?.Value;
        Assert.True(pid is not null, $"{instance} has no pid: {string.Join(", ", state.Snapshot.Properties.Select(p => p.Name))}");
        return Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The running instances (replicas) of a resource, as DCP named them.</summary>
    internal static async Task<List<string>> InstancesAsync(DistributedApplication app, string resource)
    {
        var instances = new HashSet<string>(StringComparer.Ordinal);
        using var replay = new CancellationTokenSource(TimeSpan.FromSeconds(2)); // the watch replays current states first
        try
        {
            await foreach (var update in app.ResourceNotifications.WatchAsync(replay.Token))
            {
                if (update.Resource.Name == resource && update.Snapshot.State?.Text == KnownResourceStates.Running)
                {
                    instances.Add(update.ResourceId);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return instances.ToList();
    }

    /// <summary>Starts the killed instances again and waits until the service answers its /health with 200.</summary>
    public static async Task RestartAsync(this DistributedApplication app, string resource, IEnumerable<string> instances)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await StartAgainAsync(app, instances, timeout.Token);

        // Asked directly: the notification service does not report health again for a restarted instance.
        using var client = app.CreateHttpClient(resource, "http");
        var healthyInARow = 0;
        while (healthyInARow < 3)
        {
            try
            {
                using var response = await client.GetAsync("/health", timeout.Token);
                healthyInARow = response.IsSuccessStatusCode ? healthyInARow + 1 : 0;
            }
            catch (HttpRequestException)
            {
                healthyInARow = 0;
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    /// <summary>Waits until each instance has stopped, then has DCP start it again with the same arguments (and so the same ports).</summary>
    internal static async Task StartAgainAsync(DistributedApplication app, IEnumerable<string> instances, CancellationToken cancellationToken)
    {
        foreach (var instance in instances)
        {
            while (!(app.ResourceNotifications.TryGetCurrentState(instance, out var state)
                     && KnownResourceStates.TerminalStates.Contains(state.Snapshot.State?.Text)))
            {
                await Task.Delay(100, cancellationToken);
            }

            var result = await app.ResourceCommands.ExecuteCommandAsync(instance, KnownResourceCommands.StartCommand, cancellationToken);
            Assert.True(result.Success, $"starting {instance} failed: {result.Message}");
        }
    }

    /// <summary>Runs SQL as the server's superuser (e.g. to make a service's database refuse connections).</summary>
    public static async Task ExecuteOnServerAsync(this DistributedApplication app, string sql) =>
        await ExecuteAsync(await app.GetConnectionStringAsync("postgres") + ";Database=postgres", sql);

    /// <summary>Runs SQL in one service's database (e.g. to plant a fault its consumer cannot get past).</summary>
    public static async Task ExecuteInDatabaseAsync(this DistributedApplication app, string database, string sql) =>
        await ExecuteAsync(await app.GetConnectionStringAsync(database), sql);

    private static async Task ExecuteAsync(string? connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(this DistributedApplication app, string database, string sql, params object[] parameters)
    {
        // No pooling: the fault tests terminate server connections, and a pooled one would be dead.
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(database) + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The service's error-queue messages, as the ops command lists them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ErrorQueueAsync(this PlatformFixture platform, string service)
    {
        var token = await platform.TokenAsync(district: null, roles: ["platform-ops"], sub: "e2e-ops");
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, $"/ops/{service}/messaging/errors", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    public static async Task<int> RedriveAsync(this PlatformFixture platform, string service, string messageId)
    {
        var token = await platform.TokenAsync(district: null, roles: ["platform-ops"], sub: "e2e-ops");
        using var response = await platform.Gateway.SendAsync(
            PlatformFixture.Request(HttpMethod.Post, $"/ops/{service}/messaging/errors/redrive", token, new { messageId }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("redriven").GetInt32();
    }

    /// <summary>
    /// Creates <paramref name="count"/> streets in <paramref name="district"/> through the gateway, a few at a time.
    /// They carry their own codes: generated ones stop at 999 streets per district.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> CreateStreetsAsync(this PlatformFixture platform, string district, int count, int parallelism = 8)
    {
        var token = await platform.TokenAsync(district);
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
        {
            using var request = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, new { level = "street", name = $"Street {i}", code = $"ST-{i:D5}" });
            using var response = await platform.Gateway.SendAsync(request, ct);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"Street {i} answered {(int)response.StatusCode}: {body}");
            ids.Add(body.GetProperty("id").GetGuid());
        });
        return ids.ToList();
    }
}
