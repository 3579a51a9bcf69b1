using System.Collections.Concurrent;
using System.Net;
using Aspire.Hosting;
using Governance.Contracts.Grid;
using Governance.EndToEnd.Tests.Services;
using Governance.EndToEnd.Tests.Services.People;

namespace Governance.EndToEnd.Tests.Messaging;

/// <summary>
/// Aggregates that raise several events in one change, accepted while the broker is down: once it
/// returns, an independent subscriber sees every event exactly once, and the other services show
/// the effect of each (the volunteer service answers every case's request for help, and holds
/// every wish voiced in a door visit).
/// </summary>
[Collection(ExclusivePlatform.Name)]
public class BrokerOutageTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Each round asks for every item still missing: a pause between rounds keeps the services free for the work being waited for.</summary>
    private static readonly TimeSpan RoundInterval = TimeSpan.FromMilliseconds(500);

    private DistributedApplication App => platform.App;

    private Task<long> PendingAsync(string district) =>
        App.CountAsync("grid-db", "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"SentAt\" IS NULL", district);

    /// <summary>
    /// Runs <paramref name="accept"/> with the broker stopped, keeps it stopped until the relay has
    /// failed to publish the district's rows at least once, and checks that every event raised is still pending then.
    /// </summary>
    private async Task WhileTheBrokerIsDownAsync(string district, int expectedEvents, Func<Task> accept)
    {
        await App.StopBrokerAsync();
        try
        {
            await accept();
            var failedAttempts = await Eventually.CountAsync(() => App.CountAsync("grid-db",
                "SELECT count(*) FROM outbox_messages WHERE \"District\" = $1 AND \"LastError\" IS NOT NULL", district), 1, Patience);
            Assert.True(failedAttempts > 0, "The relay never tried to publish while the broker was down.");
            Assert.Equal(expectedEvents, await PendingAsync(district));
        }
        finally
        {
            await App.StartBrokerAsync();
        }
    }

    [Fact]
    public async Task Cases_needing_a_skill_reported_while_the_broker_is_down_each_publish_both_events_once_and_get_an_answer()
    {
        const string district = "fault-cases";
        const int count = 200;
        var admin = await platform.TokenAsync(district, ["district-admin"], "e2e-admin");
        var (_, community) = await platform.CreateCommunityAsync(admin, "Outage");
        var grid = await platform.CreateGridAsync(admin, community, 118.30, 39.70);
        await using var counter = await DeliveryCounter.StartAsync(App);
        var cases = new ConcurrentDictionary<Guid, bool>();

        await WhileTheBrokerIsDownAsync(district, 2 * count, () => Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (status, body) = await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", admin, new
            {
                category = "neighbour-dispute", title = $"Dispute {i}", description = "Neighbours disagree about a shared wall.", gridId = grid,
                reporter = new { name = "Li Na", phone = "13800001111" }, requiredSkill = "legal",
            });
            Assert.True(status == HttpStatusCode.Created, $"POST /api/grid/cases: {(int)status} {body}");
            cases[body.GetProperty("id").GetGuid()] = true;
        }));

        Assert.Equal(count, await counter.WaitForAsync<CaseReported>(e => cases.ContainsKey(e.CaseId), count, Patience));
        Assert.Equal(count, await counter.WaitForAsync<AssistanceRequested>(e => cases.ContainsKey(e.CaseId), count, Patience));
        await counter.AssertEachDeliveredOnceAsync<CaseReported>(e => cases.ContainsKey(e.CaseId));
        await counter.AssertEachDeliveredOnceAsync<AssistanceRequested>(e => cases.ContainsKey(e.CaseId));
        Assert.Equal(0, await PendingAsync(district));

        // No volunteer of the district offers the skill, so every answer is "unmatched": an answer all the same.
        var unanswered = await Eventually.AllAsync(cases.Keys, async id =>
        {
            var (status, item) = await platform.SendAsync(HttpMethod.Get, $"/api/grid/cases/{id}", admin);
            return status == HttpStatusCode.OK && item.GetProperty("assistance").GetProperty("status").GetString() is "assigned" or "unmatched";
        }, Patience, RoundInterval);
        Assert.True(unanswered.Count == 0, $"{unanswered.Count} of {count} cases never got an answer from the volunteer service, e.g. {unanswered.FirstOrDefault()}");
    }

    [Fact]
    public async Task Door_visits_with_wishes_recorded_while_the_broker_is_down_publish_every_event_once_and_every_wish_reaches_the_volunteers()
    {
        const string district = "fault-visits";
        const int visits = 50;
        var scenario = await PeopleScenario.CreateAsync(platform, district);
        var worker = await scenario.AddWorkerAsync("e2e-outage-worker", scenario.GridA);
        await using var counter = await DeliveryCounter.StartAsync(App);
        var visitIds = new ConcurrentDictionary<Guid, bool>();
        var wishIds = new ConcurrentDictionary<Guid, bool>();

        await WhileTheBrokerIsDownAsync(district, visits * 4, () => Parallel.ForEachAsync(Enumerable.Range(0, visits), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (status, visit) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/visits", scenario.AdminToken, new
            {
                householdId = scenario.HouseholdA,
                visitedAt = DateTimeOffset.UtcNow.AddHours(-1),
                workerId = worker,
                visitors = new[] { new { name = "Wang Li", role = "grid-worker" } },
                wishes = new[]
                {
                    new { description = $"Fix the stairwell light {i}", category = "home-repair" },
                    new { description = $"Company on Sunday {i}", category = "companionship" },
                    new { description = $"Help with a pension form {i}", category = "legal" },
                },
            });
            Assert.True(status == HttpStatusCode.Created, $"POST /api/grid/visits: {(int)status} {visit}");
            visitIds[visit.GetProperty("id").GetGuid()] = true;
            foreach (var wish in visit.GetProperty("wishes").EnumerateArray())
            {
                wishIds[wish.GetProperty("id").GetGuid()] = true;
            }
        }));

        Assert.Equal(visits, await counter.WaitForAsync<DoorVisitRecorded>(e => visitIds.ContainsKey(e.VisitId), visits, Patience));
        Assert.Equal(3 * visits, await counter.WaitForAsync<MicroWishVoiced>(e => wishIds.ContainsKey(e.WishId), 3 * visits, Patience));
        await counter.AssertEachDeliveredOnceAsync<DoorVisitRecorded>(e => visitIds.ContainsKey(e.VisitId));
        await counter.AssertEachDeliveredOnceAsync<MicroWishVoiced>(e => wishIds.ContainsKey(e.WishId));
        Assert.Equal(0, await PendingAsync(district));

        var missing = await Eventually.AllAsync(wishIds.Keys, async id =>
            (await platform.SendAsync(HttpMethod.Get, $"/api/volunteers/wishes/{id}", scenario.AdminToken)).Status == HttpStatusCode.OK, Patience, RoundInterval);
        Assert.True(missing.Count == 0, $"{missing.Count} of {3 * visits} wishes never reached the volunteer service, e.g. {missing.FirstOrDefault()}");
    }
}
