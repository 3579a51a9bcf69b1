using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Governance.EndToEnd.Tests.Services.Notifications;

/// <summary>Webhooks through the gateway: registration, signed deliveries to a receiver in the test, retries while it is down.</summary>
public class WebhookTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Secret = "e2e-webhook-secret-0123456789";

    [Fact]
    public async Task A_district_system_gets_signed_case_deliveries_and_the_ones_it_missed_while_down()
    {
        var token = await platform.TokenAsync("webhook-e2e", ["district-admin"], "webhook-e2e-admin");
        var (_, community) = await platform.CreateCommunityAsync(token, "Webhooks");
        var grid = await platform.CreateGridAsync(token, community, 117.3, 40.7);
        await using var receiver = await Receiver.StartAsync();

        var (created, webhook) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/webhooks", token,
            new { url = receiver.Url, types = new[] { "case" }, secret = Secret });
        Assert.True(created == HttpStatusCode.Created, $"POST webhook: {(int)created} {webhook}");
        Assert.Equal(("active", receiver.Url), (webhook.GetProperty("status").GetString(), webhook.GetProperty("url").GetString()));
        Assert.False(webhook.TryGetProperty("secret", out _));
        var id = webhook.GetProperty("id").GetGuid();

        // A case reported in the district arrives, signed with the secret over "{timestamp}.{body}".
        var first = await ReportAsync(token, grid, "First");
        var delivered = await receiver.NextAsync(r => r.CaseId == first, Patience);
        Assert.Equal("case-reported", delivered.Headers["X-Governance-Event"]);
        Assert.Equal(Sign(delivered.Headers["X-Governance-Timestamp"], delivered.Body), delivered.Headers["X-Governance-Signature"]);
        Assert.True(Math.Abs(long.Parse(delivered.Headers["X-Governance-Timestamp"], CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) < 60);
        using (var body = JsonDocument.Parse(delivered.Body))
        {
            Assert.Equal(("webhook-e2e", grid), (body.RootElement.GetProperty("district").GetString(), body.RootElement.GetProperty("gridId").GetGuid()));
            Assert.DoesNotContain("13812345678", delivered.Body, StringComparison.Ordinal);
        }

        var firstDelivery = Guid.Parse(delivered.Headers["X-Governance-Delivery"]);
        // The outcome is recorded just after the receiver answered.
        var recorded = await EventuallyAsync(async () => (await DeliveriesAsync(token, id, "delivered")).FirstOrDefault(d => d.GetProperty("id").GetGuid() == firstDelivery));
        Assert.Equal((200, 1, "case-reported"), (recorded.GetProperty("lastStatusCode").GetInt32(), recorded.GetProperty("attempts").GetInt32(), recorded.GetProperty("type").GetString()));

        // The receiver is down: the next case's delivery fails, is listed as retrying, and arrives once it is back.
        receiver.Unavailable = true;
        var second = await ReportAsync(token, grid, "Second");
        await receiver.NextAsync(r => r.CaseId == second && r.Answered == 503, Patience);
        await receiver.NextAsync(r => r.CaseId == second && r.Answered == 503, Patience);
        var retrying = await EventuallyAsync(async () =>
            (await DeliveriesAsync(token, id, "retrying")).FirstOrDefault(d => d.GetProperty("attempts").GetInt32() >= 1 && d.GetProperty("lastStatusCode").GetInt32() == 503));
        Assert.Contains("503", retrying.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(retrying.TryGetProperty("nextAttemptAt", out var next) && next.ValueKind == JsonValueKind.String);

        receiver.Unavailable = false;
        var retried = await receiver.NextAsync(r => r.CaseId == second && r.Answered == 200, Patience);
        Assert.Equal(Sign(retried.Headers["X-Governance-Timestamp"], retried.Body), retried.Headers["X-Governance-Signature"]);
        Assert.Equal(retrying.GetProperty("id").GetGuid(), Guid.Parse(retried.Headers["X-Governance-Delivery"]));
        var done = await EventuallyAsync(async () => (await DeliveriesAsync(token, id, "delivered"))
            .FirstOrDefault(d => d.GetProperty("id").GetGuid() == retrying.GetProperty("id").GetGuid()));
        Assert.True(done.GetProperty("attempts").GetInt32() >= 3);

        // A redeliver sends the same delivery again.
        var (accepted, again) = await platform.SendAsync(HttpMethod.Post, $"/api/notifications/webhooks/{id}/deliveries/{firstDelivery}/redeliver", token);
        Assert.True(accepted == HttpStatusCode.Accepted, $"redeliver: {(int)accepted} {again}");
        Assert.Equal("pending", again.GetProperty("status").GetString());
        var redelivered = await receiver.NextAsync(r => r.Headers["X-Governance-Delivery"] == firstDelivery.ToString(), Patience);
        Assert.Equal(delivered.Body, redelivered.Body);

        // Deleted: nothing more is sent.
        var (deleted, _) = await platform.SendAsync(HttpMethod.Delete, $"/api/notifications/webhooks/{id}", token);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        var third = await ReportAsync(token, grid, "Third");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(receiver.Received, r => r.CaseId == third);
        var (_, gone) = await platform.SendAsync(HttpMethod.Get, $"/api/notifications/webhooks/{id}", token);
        Assert.Equal("deleted", gone.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Registrations_are_checked_field_by_field_and_kept_to_the_district_and_its_admins()
    {
        var token = await platform.TokenAsync("webhook-e2e-rules", ["district-admin"], "webhook-e2e-rules-admin");
        const string url = "https://hooks.example.org/governance";

        var (badTypes, typesProblem) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/webhooks", token, new { url, types = new[] { "gossip" }, secret = Secret });
        Assert.Equal(HttpStatusCode.BadRequest, badTypes);
        Assert.Contains("case, wish, activity, volunteers, place", typesProblem.GetProperty("errors").GetProperty("types")[0].GetString(), StringComparison.Ordinal);

        var (noTypes, noTypesProblem) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/webhooks", token, new { url, types = (string[]?)null, secret = Secret });
        Assert.Equal(HttpStatusCode.BadRequest, noTypes);
        Assert.True(noTypesProblem.GetProperty("errors").TryGetProperty("types", out _), noTypesProblem.ToString());

        var (shortSecret, secretProblem) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/webhooks", token, new { url, types = new[] { "case" }, secret = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, shortSecret);
        Assert.True(secretProblem.GetProperty("errors").TryGetProperty("secret", out _), secretProblem.ToString());

        var (badUrl, urlProblem) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/webhooks", token, new { url = "ftp://x.example.org", types = new[] { "case" }, secret = Secret });
        Assert.Equal(HttpStatusCode.BadRequest, badUrl);
        Assert.True(urlProblem.GetProperty("errors").TryGetProperty("url", out _), urlProblem.ToString());

        var (created, webhook) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/webhooks", token, new { url, types = new[] { "place", "case-escalated" }, secret = Secret });
        Assert.True(created == HttpStatusCode.Created, $"{(int)created} {webhook}");
        var id = webhook.GetProperty("id").GetGuid();

        var (listed, list) = await platform.SendAsync(HttpMethod.Get, "/api/notifications/webhooks?pageSize=10", token);
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetGuid() == id);
        var (badStatus, statusProblem) = await platform.SendAsync(HttpMethod.Get, $"/api/notifications/webhooks/{id}/deliveries?status=lost", token);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("pending, delivered, retrying, parked", statusProblem.ToString(), StringComparison.Ordinal);

        // Another district's admin does not know it; a grid worker of this district may not manage webhooks.
        var other = await platform.TokenAsync("webhook-e2e-other", ["district-admin"], "webhook-e2e-other-admin");
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Get, $"/api/notifications/webhooks/{id}", other)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Delete, $"/api/notifications/webhooks/{id}", other)).Status);
        var worker = await platform.TokenAsync("webhook-e2e-rules", ["grid-worker"], "webhook-e2e-worker");
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.SendAsync(HttpMethod.Get, "/api/notifications/webhooks", worker)).Status);
    }

    private async Task<Guid> ReportAsync(string token, Guid grid, string title)
    {
        var (status, body) = await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", token, new
        {
            category = "garbage", title, description = "Bins overflowing since Monday.", gridId = grid,
            reporter = new { name = "Wang Fang", phone = "13812345678" },
        });
        Assert.True(status == HttpStatusCode.Created, $"POST /api/grid/cases: {(int)status} {body}");
        return body.GetProperty("id").GetGuid();
    }

    private async Task<List<JsonElement>> DeliveriesAsync(string token, Guid webhook, string status)
    {
        var (code, page) = await platform.SendAsync(HttpMethod.Get, $"/api/notifications/webhooks/{webhook}/deliveries?status={status}", token);
        Assert.True(code == HttpStatusCode.OK, $"deliveries: {(int)code} {page}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var found = await read();
            if (found.ValueKind != JsonValueKind.Undefined || DateTimeOffset.UtcNow > deadline)
            {
                Assert.NotEqual(JsonValueKind.Undefined, found.ValueKind);
                return found;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The receiver's own check, written apart from the service's code.</summary>
    private static string Sign(string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private sealed record Received(IReadOnlyDictionary<string, string> Headers, string Body, int Answered)
    {
        public Guid? CaseId
        {
            get
            {
                using var json = JsonDocument.Parse(Body);
                return json.RootElement.TryGetProperty("caseId", out var id) ? id.GetGuid() : null;
            }
        }
    }

    /// <summary>A district system's endpoint on a real Kestrel port: records every request and answers 200, or 503 while <see cref="Unavailable"/>.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentQueue<Received> received = new();
        private readonly SemaphoreSlim arrived = new(0);
        private int position;

        private Receiver(WebApplication app) => this.app = app;

        public volatile bool Unavailable;

        public string Url => app.Urls.Single() + "/hook";

        public IReadOnlyCollection<Received> Received => received;

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new Receiver(app);
            app.MapPost("/hook", async (HttpContext http) =>
            {
                using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                var headers = http.Request.Headers.Where(h => h.Key.StartsWith("X-Governance-", StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                var answer = receiver.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
                receiver.received.Enqueue(new Received(headers, body, answer));
                receiver.arrived.Release();
                return Results.StatusCode(answer);
            });
            await app.StartAsync();
            return receiver;
        }

        /// <summary>The next request after the ones already looked at that matches <paramref name="wanted"/>.</summary>
        public async Task<Received> NextAsync(Func<Received, bool> wanted, TimeSpan patience)
        {
            using var timeout = new CancellationTokenSource(patience);
            while (true)
            {
                var seen = received.ToArray();
                for (; position < seen.Length; position++)
                {
                    if (wanted(seen[position]))
                    {
                        return seen[position++];
                    }
                }

                try
                {
                    await arrived.WaitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    Assert.Fail($"No matching webhook request within {patience}; received: {string.Join(" | ", received.Select(r => $"{r.Answered} {r.Body}"))}");
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await app.DisposeAsync();
            arrived.Dispose();
        }
    }
}
