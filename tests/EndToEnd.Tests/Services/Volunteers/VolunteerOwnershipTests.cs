using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>
/// A volunteer record belongs to the account linked to it: two members of the same district, and what each may do
/// with the other's record (nothing self-service), against what the owner and a coordinator may.
/// </summary>
public class VolunteerOwnershipTests(PlatformFixture platform)
{
    private const string District = "vol-ownership";

    [Fact]
    public async Task Only_the_linked_account_or_a_coordinator_checks_in_records_hours_and_claims_wishes_for_a_volunteer()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var owner = await scenario.TokenAsync("own-sun", "resident");
        var neighbour = await scenario.TokenAsync("own-neighbour", "resident");
        var coordinator = await scenario.TokenAsync("own-coordinator", "volunteer-coordinator");
        await scenario.AddVolunteerAsync("Known Units", scenario.People.GridA);
        var (signedUp, created) = await scenario.PostAsync("/api/volunteers", owner, SignUp("Sun Yu", scenario.People.GridA, verified: false));
        Assert.True(signedUp == HttpStatusCode.Created, created.ToString());
        Assert.Equal("own-sun", created.GetProperty("account").GetString());
        var volunteer = created.GetProperty("id").GetGuid();
        var now = DateTimeOffset.UtcNow;

        var (checkIn, checkInProblem) = await scenario.PostAsync("/api/volunteers/hours/check-ins", neighbour, new { volunteerId = volunteer });
        Assert.Equal(HttpStatusCode.Forbidden, checkIn);
        Assert.Contains("volunteer-coordinator", checkInProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.PostAsync("/api/volunteers/hours", neighbour,
            new { volunteerId = volunteer, startedAt = now.AddHours(-6), endedAt = now.AddHours(-5), reason = "Not mine" })).Status);
        var wish = (await scenario.PostWishAsync(scenario.People.BuildingA)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.PostAsync($"/api/volunteers/wishes/{wish}/claim", neighbour, new { volunteerId = volunteer })).Status);

        var (ownCheckIn, entry) = await scenario.PostAsync("/api/volunteers/hours/check-ins", owner, new { volunteerId = volunteer });
        Assert.True(ownCheckIn == HttpStatusCode.Created, entry.ToString());
        var entryId = entry.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.PostAsync($"/api/volunteers/hours/check-ins/{entryId}/check-out", neighbour)).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.PostAsync($"/api/volunteers/hours/check-ins/{entryId}/check-out", owner)).Status);
        Assert.Equal(HttpStatusCode.Created, (await scenario.PostAsync("/api/volunteers/hours", owner,
            new { volunteerId = volunteer, startedAt = now.AddHours(-6), endedAt = now.AddHours(-5), reason = "Canteen" })).Status);
        Assert.Equal(HttpStatusCode.Created, (await scenario.PostAsync("/api/volunteers/hours", coordinator,
            new { volunteerId = volunteer, startedAt = now.AddHours(-9), endedAt = now.AddHours(-8), reason = "Entered for him" })).Status);
        var (claimed, claim) = await scenario.PostAsync($"/api/volunteers/wishes/{wish}/claim", owner, new { volunteerId = volunteer });
        Assert.True(claimed == HttpStatusCode.OK, claim.ToString());
        var other = (await scenario.PostWishAsync(scenario.People.BuildingA)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await scenario.PostAsync($"/api/volunteers/wishes/{other}/claim", coordinator, new { volunteerId = volunteer })).Status);
    }

    [Fact]
    public async Task A_volunteer_added_for_someone_is_theirs_only_once_a_coordinator_links_it()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var resident = await scenario.TokenAsync("own-li", "resident");
        var coordinator = await scenario.TokenAsync("own-coordinator", "volunteer-coordinator");
        var volunteer = await scenario.AddVolunteerAsync("Li Lei", scenario.People.GridB);

        var (unlinked, problem) = await scenario.PostAsync("/api/volunteers/hours/check-ins", resident, new { volunteerId = volunteer });
        Assert.Equal(HttpStatusCode.Forbidden, unlinked);
        Assert.Contains("no account", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.PostAsync($"/api/volunteers/{volunteer}/link", resident, new { account = "own-li" })).Status);

        var (linked, body) = await scenario.PostAsync($"/api/volunteers/{volunteer}/link", coordinator, new { account = "own-li" });
        Assert.True(linked == HttpStatusCode.OK, body.ToString());
        Assert.Equal("own-li", body.GetProperty("account").GetString());
        Assert.Equal(HttpStatusCode.Created, (await scenario.PostAsync("/api/volunteers/hours/check-ins", resident, new { volunteerId = volunteer })).Status);
    }

    [Fact]
    public async Task Signing_up_one_may_not_verify_a_credential_and_credentials_show_only_to_the_owner_and_coordinators()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var owner = await scenario.TokenAsync("own-zhao", "resident");
        var neighbour = await scenario.TokenAsync("own-qian", "resident");
        var coordinator = await scenario.TokenAsync("own-coordinator", "volunteer-coordinator");
        await scenario.AddVolunteerAsync("Known Units", scenario.People.GridA);

        var (refused, problem) = await scenario.PostAsync("/api/volunteers", owner, SignUp("Zhao Lan", scenario.People.GridA, verified: true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.True(problem.GetProperty("errors").TryGetProperty("skills[0].credential.verified", out _), problem.ToString());
        var forSomeoneElse = SignUp("Zhao Lan", scenario.People.GridA, verified: false);
        forSomeoneElse["account"] = "own-qian";
        var (named, namedProblem) = await scenario.PostAsync("/api/volunteers", owner, forSomeoneElse);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, named);
        Assert.True(namedProblem.GetProperty("errors").TryGetProperty("account", out _), namedProblem.ToString());

        var (created, body) = await scenario.PostAsync("/api/volunteers", owner, SignUp("Zhao Lan", scenario.People.GridA, verified: false));
        Assert.True(created == HttpStatusCode.Created, body.ToString());
        var volunteer = body.GetProperty("id").GetGuid();
        Assert.False(Credential(body).GetProperty("verified").GetBoolean());
        Assert.Equal("Lawyer's licence", Credential((await scenario.GetAsync($"/api/volunteers/{volunteer}", owner)).Body).GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Object, Credential((await scenario.GetAsync($"/api/volunteers/{volunteer}", coordinator)).Body).ValueKind);
        var (_, seenByNeighbour) = await scenario.GetAsync($"/api/volunteers/{volunteer}", neighbour);
        Assert.Equal(JsonValueKind.Null, Credential(seenByNeighbour).ValueKind);
        Assert.Equal(JsonValueKind.Null, seenByNeighbour.GetProperty("account").ValueKind);
        var (_, listed) = await scenario.GetAsync($"/api/volunteers?unitId={scenario.People.GridA}&pageSize=200", neighbour);
        Assert.DoesNotContain("Lawyer", listed.ToString(), StringComparison.Ordinal);

        var (verifiedByCoordinator, verified) = await scenario.PostAsync("/api/volunteers", coordinator,
            SignUp("Zhou Mu", scenario.People.GridA, verified: true));
        Assert.True(verifiedByCoordinator == HttpStatusCode.Created, verified.ToString());
        Assert.True(Credential(verified).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task Only_coordinators_add_skill_nodes()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var resident = await scenario.TokenAsync("own-wu", "resident");
        var coordinator = await scenario.TokenAsync("own-coordinator", "volunteer-coordinator");
        var code = $"own-skill-{Guid.NewGuid():N}"[..20];

        var (refused, problem) = await scenario.PostAsync("/api/volunteers/skills", resident, new { code, parentCode = "first-aid", name = "Own skill" });
        Assert.Equal((HttpStatusCode.Forbidden, 403), (refused, problem.GetProperty("status").GetInt32()));
        Assert.Equal(HttpStatusCode.Created, (await scenario.PostAsync("/api/volunteers/skills", coordinator,
            new { code, parentCode = "first-aid", name = "Own skill" })).Status);
    }

    private static Dictionary<string, object?> SignUp(string name, Guid homeUnitId, bool verified) => new()
    {
        ["name"] = name,
        ["phone"] = WishScenario.Phone,
        ["homeUnitId"] = homeUnitId,
        ["kind"] = "professional",
        ["skills"] = new[] { new { skill = "legal", level = "expert", credential = new { name = "Lawyer's licence", verified } } },
    };

    private static JsonElement Credential(JsonElement volunteer) => volunteer.GetProperty("skills")[0].GetProperty("credential");
}
