using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>Micro-wishes through the gateway: from a door visit in the grid service to the volunteer who fulfils it, and back.</summary>
public class WishApiTests(PlatformFixture platform)
{
    private const string District = "vol-wishes";

    [Fact]
    public async Task A_wish_voiced_in_a_door_visit_is_claimed_fulfilled_and_shows_fulfilled_on_the_visit()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var volunteer = await scenario.AddVolunteerAsync("Sun Yu", scenario.People.GridA, account: "vol-sun");
        var deadline = DateTimeOffset.UtcNow.AddDays(10);

        var (recorded, visit) = await scenario.PostAsync("/api/grid/visits", scenario.AdminToken, new
        {
            householdId = scenario.People.HouseholdA,
            visitedAt = DateTimeOffset.UtcNow.AddHours(-1),
            groupId = Guid.NewGuid(),
            visitors = new[] { new { name = "Liu Wei", role = "party-representative" }, new { name = "Wang Li", role = "grid-worker" } },
            wishes = new[] { new { description = "A walking stick", category = "daily-needs", deadline } },
        });
        Assert.Equal(HttpStatusCode.Created, recorded);
        var visitId = visit.GetProperty("id").GetGuid();
        var wishId = visit.GetProperty("wishes")[0].GetProperty("id").GetGuid();

        var listed = await scenario.EventuallyAsync($"/api/volunteers/wishes?status=posted&unitId={scenario.People.BuildingA}", scenario.AdminToken,
            page => page.GetProperty("items").EnumerateArray().Any(w => w.GetProperty("id").GetGuid() == wishId));
        var arrived = listed.GetProperty("items").EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == wishId);
        Assert.Equal((visitId, scenario.People.GridA, "daily-needs"),
            (arrived.GetProperty("sourceVisitId").GetGuid(), arrived.GetProperty("gridId").GetGuid(), arrived.GetProperty("category").GetString()));

        var volunteerToken = await scenario.TokenAsync("vol-sun", "volunteer");
        var (claimed, claim) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/claim", volunteerToken, new { volunteerId = volunteer });
        Assert.True(claimed == HttpStatusCode.OK, claim.ToString());
        Assert.Equal(("claimed", "Sun Yu"), (claim.GetProperty("status").GetString(), claim.GetProperty("claimedBy").GetProperty("name").GetString()));

        var (fulfilled, fulfilment) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/fulfil", volunteerToken, new { note = "Brought one on Tuesday" });
        Assert.True(fulfilled == HttpStatusCode.OK, fulfilment.ToString());

        var onVisit = await scenario.EventuallyAsync($"/api/grid/visits/{visitId}", scenario.AdminToken,
            v => v.GetProperty("wishes")[0].GetProperty("status").GetString() == "fulfilled");
        var gridWish = onVisit.GetProperty("wishes")[0];
        Assert.Equal(("fulfilled", "Sun Yu", "Brought one on Tuesday"),
            (gridWish.GetProperty("status").GetString(), gridWish.GetProperty("fulfilledBy").GetString(), gridWish.GetProperty("fulfilledNote").GetString()));

        var workerToken = await scenario.TokenAsync("worker-wang", "grid-worker");
        var (confirmed, confirmation) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/confirm", workerToken);
        Assert.True(confirmed == HttpStatusCode.OK, confirmation.ToString());
        Assert.Equal(["post", "claim", "fulfil", "confirm"],
            confirmation.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(1, await platform.App.CountAsync("volunteers-db",
            "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE '%micro-wish-claimed%'", wishId.ToString()));
    }

    [Fact]
    public async Task Of_parallel_claims_on_one_wish_exactly_one_wins_and_the_others_answer_409()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var volunteers = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            volunteers.Add(await scenario.AddVolunteerAsync($"Racer {i}", scenario.People.GridA, account: $"racer-{i}"));
        }

        var wishId = (await scenario.PostWishAsync(scenario.People.BuildingA)).GetProperty("id").GetGuid();
        var tokens = await Task.WhenAll(volunteers.Select((_, i) => scenario.TokenAsync($"racer-{i}", "volunteer")));

        var answers = await Task.WhenAll(volunteers.Select((volunteer, i) =>
            scenario.PostAsync($"/api/volunteers/wishes/{wishId}/claim", tokens[i], new { volunteerId = volunteer })));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.Status);
            Assert.False(string.IsNullOrEmpty(a.Body.GetProperty("detail").GetString()));
        });
        Assert.Equal(1, await platform.App.CountAsync("volunteers-db",
            "SELECT count(*) FROM micro_wish_history WHERE \"WishId\" = $1 AND \"Action\" = 'Claim'", wishId));
        var (again, problem) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/claim", tokens[0], new { volunteerId = volunteers[0] });
        Assert.Equal((HttpStatusCode.Conflict, "claimed"), (again, problem.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Wish_actions_answer_problems_for_the_wrong_caller_state_input_and_district()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var volunteer = await scenario.AddVolunteerAsync("Li Lei", scenario.People.GridB, account: "vol-li");
        var wishId = (await scenario.PostWishAsync(scenario.People.BuildingB)).GetProperty("id").GetGuid();
        var claimer = await scenario.TokenAsync("vol-li", "volunteer");
        var stranger = await scenario.TokenAsync("vol-other", "volunteer");

        Assert.Equal(HttpStatusCode.Conflict, (await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/fulfil", claimer, new { note = "x" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/claim", claimer, new { volunteerId = volunteer })).Status);
        var (notClaimer, notClaimerProblem) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/fulfil", stranger, new { note = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, notClaimer);
        Assert.Contains("claimed", notClaimerProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/release", stranger)).Status);

        var (noNote, noNoteProblem) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/fulfil", claimer, new { note = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote);
        Assert.True(noNoteProblem.GetProperty("errors").TryGetProperty("note", out _), noNoteProblem.ToString());

        var (released, release) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/release", claimer);
        Assert.Equal((HttpStatusCode.OK, "posted"), (released, release.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/confirm", scenario.AdminToken)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/confirm", claimer)).Status);

        var (invalid, invalidProblem) = await scenario.PostAsync("/api/volunteers/wishes", scenario.AdminToken, new { category = "daily-needs" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.True(invalidProblem.GetProperty("errors").TryGetProperty("description", out _));
        Assert.True(invalidProblem.GetProperty("errors").TryGetProperty("unitId", out _));
        var (unknownUnit, _) = await scenario.PostAsync("/api/volunteers/wishes", scenario.AdminToken,
            new { description = "x", category = "other", unitId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownUnit);
        Assert.Equal(HttpStatusCode.BadRequest, (await scenario.GetAsync("/api/volunteers/wishes?status=done", scenario.AdminToken)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.GetAsync($"/api/volunteers/wishes/{Guid.NewGuid()}", scenario.AdminToken)).Status);

        var elsewhere = await platform.TokenAsync("vol-wishes-elsewhere", ["district-admin"], "admin-elsewhere");
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.GetAsync($"/api/volunteers/wishes/{wishId}", elsewhere)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/claim", elsewhere, new { volunteerId = volunteer })).Status);
    }

    [Fact]
    public async Task A_wish_past_its_deadline_reads_as_expired_and_cannot_be_claimed()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var volunteer = await scenario.AddVolunteerAsync("Zhao Lan", scenario.People.GridA);
        var wish = await scenario.PostWishAsync(scenario.People.BuildingA, DateTimeOffset.UtcNow.AddSeconds(3));
        var wishId = wish.GetProperty("id").GetGuid();
        Assert.Equal("posted", wish.GetProperty("status").GetString());

        await Task.Delay(TimeSpan.FromSeconds(4));

        var (_, read) = await scenario.GetAsync($"/api/volunteers/wishes/{wishId}", scenario.AdminToken);
        Assert.Equal("expired", read.GetProperty("status").GetString());
        var (_, expiredList) = await scenario.GetAsync($"/api/volunteers/wishes?status=expired&unitId={scenario.People.BuildingA}", scenario.AdminToken);
        Assert.Contains(expiredList.GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetGuid() == wishId);
        var (claimed, problem) = await scenario.PostAsync($"/api/volunteers/wishes/{wishId}/claim", scenario.AdminToken, new { volunteerId = volunteer });
        Assert.Equal((HttpStatusCode.Conflict, "expired"), (claimed, problem.GetProperty("state").GetString()));
    }
}
