using System.Diagnostics;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.Contracts.Grid;
using MassTransit;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>Messages that cannot be processed: the error queue, the reason, and the redrive.</summary>
[Collection(SharedPlatform.Name)]
public class ErrorQueueTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private DistributedApplication App => platform.App;

    private async Task<System.Text.Json.JsonElement?> ErrorForAsync(string service, string messageId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var match = (await platform.ErrorQueueAsync(service))
                .Where(m => m.GetProperty("messageId").GetString() == messageId)
                .Select(m => (System.Text.Json.JsonElement?)m)
                .FirstOrDefault();
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(250);
        }

        return null;
    }

    [Fact]
    public async Task A_poison_message_lands_in_the_error_queue_and_after_the_fix_a_redrive_applies_it_once()
    {
        const string district = "fault-poison";
        // The cause: the party service's copy of units refuses this district's rows, an error no retry
        // gets past. (A database that refuses connections would not do: consumers wait an outage out.)
        await App.ExecuteInDatabaseAsync("party-db", $$"""
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN RAISE EXCEPTION 'refused by the poison-message test'; END $body$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON known_units
            FOR EACH ROW WHEN (NEW."District" = '{{district}}') EXECUTE FUNCTION refuse_poison();
            """);
        string eventId;
        try
        {
            await platform.CreateStreetsAsync(district, 1);
            eventId = (await App.CountAsync("grid-db", "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1", district)) == 1
                ? await EventIdAsync(district)
                : throw new InvalidOperationException("expected one outbox row");

            var error = await ErrorForAsync("party", eventId);
            Assert.NotNull(error);
            Assert.Equal("party-grid-unit-created", error.Value.GetProperty("queue").GetString());
            Assert.False(string.IsNullOrWhiteSpace(error.Value.GetProperty("firstErrorLine").GetString()));
            Assert.Contains("unit-created", error.Value.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await App.ExecuteInDatabaseAsync("party-db", "DROP TRIGGER refuse_poison ON known_units; DROP FUNCTION refuse_poison();"); // the fix
        }

        Assert.Equal(1, await platform.RedriveAsync("party", eventId));

        Assert.Equal(1, await PlatformOperations.EventuallyAsync(() => CopiesAsync(district), 1, Patience));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await CopiesAsync(district));
        Assert.DoesNotContain(await platform.ErrorQueueAsync("party"), m => m.GetProperty("messageId").GetString() == eventId);
        Assert.Equal(1, await App.CountAsync("volunteers-db", "SELECT count(*) FROM known_units WHERE \"District\" = $1", district));
    }

    [Fact]
    public async Task A_wrong_district_message_goes_to_the_error_queue_with_its_reason_and_the_consumer_keeps_going()
    {
        var forged = new GridUnitCreated(Guid.NewGuid(), "NOT A DISTRICT", DateTimeOffset.UtcNow, Guid.NewGuid(), "street", null, "Forged", null);
        var broker = new Uri((await App.GetConnectionStringAsync("messaging"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker));
        await bus.StartAsync();
        try
        {
            await bus.Publish(forged, context => context.MessageId = forged.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }

        var error = await ErrorForAsync("party", forged.EventId.ToString());
        Assert.NotNull(error);
        Assert.Contains("names no valid district", error.Value.GetProperty("firstErrorLine").GetString(), StringComparison.Ordinal);

        // The consumer is still alive and processing.
        await platform.CreateStreetsAsync("after-forgery", 1);
        Assert.Equal(1, await PlatformOperations.EventuallyAsync(
            () => App.CountAsync("party-db", "SELECT count(*) FROM known_units WHERE \"District\" = $1", "after-forgery"), 1, Patience));
    }

    [Fact]
    public async Task The_ops_endpoints_require_the_platform_ops_role()
    {
        var districtAdmin = await platform.TokenAsync("lunan");
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/ops/party/messaging/errors", districtAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_ops_script_reads_the_error_queue_of_every_service_the_gateway_fronts()
    {
        var start = new ProcessStartInfo("bash", ["scripts/ops.sh", "errors"])
        {
            WorkingDirectory = PlatformFixture.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["GOVERNANCE_GATEWAY"] = platform.Gateway.BaseAddress!.ToString().TrimEnd('/') },
        };
        using var script = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await script.WaitForExitAsync(timeout.Token);

        Assert.True(script.ExitCode == 0, $"ops.sh errors exited {script.ExitCode}: {await errors}");
        var headings = (await output).Split('\n').Where(line => line.StartsWith("== ", StringComparison.Ordinal)).Select(line => line[3..]);
        Assert.Equal(platform.Domains.Order(StringComparer.Ordinal), headings);
    }

    private Task<long> CopiesAsync(string district) =>
        App.CountAsync("party-db", "SELECT count(*) FROM known_units WHERE \"District\" = $1", district);

    private async Task<string> EventIdAsync(string district)
    {
        await using var connection = new Npgsql.NpgsqlConnection(await App.GetConnectionStringAsync("grid-db") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT \"EventId\" FROM outbox_messages WHERE \"District\" = $1", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = district });
        return ((Guid)(await command.ExecuteScalarAsync())!).ToString();
    }
}
