using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Governance.AppHost;
using Governance.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

// One platform for the whole assembly: starting it takes a minute, and test classes in different districts
// share it while they run side by side.
[assembly: AssemblyFixture(typeof(Governance.EndToEnd.Tests.PlatformFixture))]

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The whole platform, started once for the test assembly from the real AppHost in local mode:
/// PostgreSQL, RabbitMQ and Redis as real servers, every domain service and the gateway.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    /// <summary>A district whose grid workers may work in every grid of it (the grid's <c>Ownership:UnrestrictedDistricts</c>).</summary>
    public const string UnrestrictedGridDistrict = "grid-unrestricted";

    /// <summary>A district whose gateway limit is lowered so the 429 path can be reached quickly.</summary>
    public const string ThrottledDistrict = "throttled";
    public const int ThrottledLimit = 5;

    private DistributedApplication? app;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The platform has not started.");

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Every domain service the AppHost declares.</summary>
    public IReadOnlyList<string> Domains { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Governance_AppHost>(
            ["--Infrastructure:Mode=local", "--Gateway:Port=0", "--DcpPublisher:RandomizePorts=true"],
            (options, _) =>
            {
                options.DisableDashboard = true;
                options.AllowUnsecuredTransport = true;
            });

        Domains = DomainServices.Declared(builder.Resources).Select(domain => domain.Name).ToList();
        var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == PlatformResources.GatewayName);
        builder.CreateResourceBuilder(gateway)
            .WithEnvironment("RateLimiting__PermitLimit", "1000000")
            .WithEnvironment($"RateLimiting__Districts__{ThrottledDistrict}", ThrottledLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RateLimiting__Window", "00:10:00");

        // Two grid replicas relay the same outbox, as in production.
        var grid = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "grid");
        // Cases of the category "e2e-timer" miss each level's deadline within seconds, so the SLA timer can be watched.
        builder.CreateResourceBuilder(grid).WithReplicas(2)
            .WithEnvironment("Cases__Sla__Categories__e2e-timer__Grid", "00:00:02")
            .WithEnvironment("Cases__Sla__Categories__e2e-timer__Community", "00:00:02")
            .WithEnvironment("Cases__Sla__Categories__e2e-timer__Street", "00:00:02")
            // "e2e-climb" leaves the grid by timer within seconds, then stays at community level.
            .WithEnvironment("Cases__Sla__Categories__e2e-climb__Grid", "00:00:02")
            .WithEnvironment("Cases__Sla__Categories__e2e-climb__Community", "01:00:00")
            .WithEnvironment("Cases__Sla__Categories__e2e-climb__Street", "01:00:00")
            .WithEnvironment("Cases__EscalationPollInterval", "00:00:01")
            .WithEnvironment("Ownership__UnrestrictedDistricts__0", UnrestrictedGridDistrict)
            // The broker-outage tests wait for a publish to fail before the broker returns: fail it soon.
            .WithEnvironment("Messaging__RelayPublishTimeout", "00:00:05");

        // Two events replicas take registrations at once, so the capacity lock is tested across processes.
        var events = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "events");
        builder.CreateResourceBuilder(events).WithReplicas(2);

        // Feed clients connect to either of two notifications replicas; each must see every change once.
        var notifications = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "notifications");
        // Webhook receivers in the tests listen on 127.0.0.1 over http; their retries must come within seconds.
        builder.CreateResourceBuilder(notifications).WithReplicas(2)
            .WithEnvironment("Webhooks__AllowPrivateTargets", "true")
            .WithEnvironment("Webhooks__RetryMinInterval", "00:00:01")
            .WithEnvironment("Webhooks__RetryMaxInterval", "00:00:02")
            .WithEnvironment("Webhooks__AttemptTimeout", "00:00:03")
            .WithEnvironment("Webhooks__PollInterval", "00:00:00.250");

        // The poison-message test needs failures to reach the error queue quickly.
        var party = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "party");
        builder.CreateResourceBuilder(party)
            .WithEnvironment("Messaging__RetryLimit", "2")
            .WithEnvironment("Messaging__RetryMaxInterval", "00:00:00.500");

        app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await app.StartAsync(startup.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(PlatformResources.GatewayName, startup.Token);
        foreach (var service in Domains)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(service, startup.Token);
        }

        Gateway = new HttpClient { BaseAddress = app.GetEndpoint(PlatformResources.GatewayName, "http") };
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        if (app is null)
        {
            return;
        }

        var runFolder = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<LocalServerResource>().Select(r => Path.GetDirectoryName(r.DataDirectory)).FirstOrDefault();
        await app.StopAsync();
        await app.DisposeAsync();

        // Each server script removes its own data once its server has stopped; a server that outlived
        // DCP's stop timeout was killed before it could, so after giving the scripts time, finish the job.
        for (var waited = 0; runFolder is not null && Directory.Exists(runFolder) && waited < 30; waited++)
        {
            await Task.Delay(500);
        }

        if (runFolder is not null && Directory.Exists(runFolder))
        {
            Directory.Delete(runFolder, recursive: true);
        }
    }

    /// <summary>The folder of <c>Governance.sln</c>, above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Governance.sln) was not found above the test assembly.");
    }

    /// <summary>A token from the gateway's development issuer.</summary>
    public async Task<string> TokenAsync(string? district, string[]? roles = null, string sub = "e2e-user")
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/token", new { district, roles = roles ?? ["district-admin"], sub });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>Sends a request through the gateway and reads the answer's status and JSON body (default when empty).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var response = await Gateway.SendAsync(Request(method, path, token, body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }
}

/// <summary>
/// Tests that need the platform to themselves: those that stop, kill or freeze what every other test relies on
/// (the broker, a service, a replica, a database, Redis), and those that drive one service to its limit and expect
/// no failure (forty registrations racing for one activity), which other tests' load turns into database timeouts.
/// xunit runs such a collection on its own once the parallel ones are done.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExclusivePlatform
{
    public const string Name = "exclusive platform";
}

/// <summary>
/// Tests that write into the districts "lunan" and "kaiping" and count what is there: one after another, since
/// a district is what isolates tests running side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedDistricts
{
    public const string Name = "lunan and kaiping";
}
