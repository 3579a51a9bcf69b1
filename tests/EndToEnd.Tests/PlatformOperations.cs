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

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public static void Kill(this DistributedApplication app, string resource)
    {
        Assert.True(app.ResourceNotifications.TryGetCurrentState(resource, out var state), $"{resource} is unknown");
        var pid = state.Snapshot.Properties.FirstOrDefault(p => p.Name.EndsWith(".pid", StringComparison.Ordinal))?.Value;
        Assert.True(pid is not null, $"{resource} has no pid: {string.Join(", ", state.Snapshot.Properties.Select(p => p.Name))}");
        using var process = Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture));
        process.Kill();
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public static async Task RestartAsync(this DistributedApplication app, string resource)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, timeout.Token);
        var result = await app.ResourceCommands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(result.Success, $"starting {resource} failed: {result.Message}");
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    public static async Task<long> CountAsync(this DistributedApplication app, string database, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until <paramref name="read"/> returns at least <paramref name="expected"/>, then returns its final value.</summary>
    public static async Task<long> EventuallyAsync(Func<Task<long>> read, long expected, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        long value;
        while ((value = await read()) < expected && watch.Elapsed < timeout)
        {
            await Task.Delay(200);
        }

        return value;
    }

    /// <summary>Creates <paramref name="count"/> streets in <paramref name="district"/> through the gateway, a few at a time.</summary>
    public static async Task<IReadOnlyList<Guid>> CreateStreetsAsync(this PlatformFixture platform, string district, int count, int parallelism = 8)
    {
        var token = await platform.TokenAsync(district);
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
        {
            using var request = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, new { level = "street", name = $"Street {i}" });
            using var response = await platform.Gateway.SendAsync(request, ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid());
        });
        return ids.ToList();
    }
}
