using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>The talent pool through the gateway on the real database: search, masking, district isolation.</summary>
public sealed class VolunteerPoolTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly VolunteersScenario scenario = new(platform, "vol-pool-e2e", 116.0);

    public async ValueTask InitializeAsync() => await scenario.BuildAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<string> Names(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("name").GetString()!)];

    [Fact]
    public async Task The_skill_tree_has_the_seeded_skills_and_a_district_adds_its_own_beneath_them()
    {
        var (status, skills) = await scenario.SendAsync(HttpMethod.Get, "/api/volunteers/skills", scenario.Admin);
        Assert.Equal(HttpStatusCode.OK, status);
        var codes = skills.EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("parentCode").GetString());
        Assert.Equal("medical", codes["first-aid"]);
        Assert.True(codes.ContainsKey("health-education"));

        var (added, node) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/skills", scenario.Admin,
            new { code = "cpr", parentCode = "first-aid", name = "CPR", localName = "心肺复苏" });
        Assert.True(added == HttpStatusCode.Created, node.ToString());
        Assert.False(node.GetProperty("platform").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/skills", scenario.Admin,
            new { code = "legal", name = "Legal again" })).Status);

        // Another district does not see this district's node.
        var other = await platform.TokenAsync("vol-pool-other", ["district-admin"]);
        var (_, otherSkills) = await scenario.SendAsync(HttpMethod.Get, "/api/volunteers/skills", other);
        Assert.DoesNotContain(otherSkills.EnumerateArray(), s => s.GetProperty("code").GetString() == "cpr");
    }

    [Fact]
    public async Task Search_by_skill_subtree_unit_and_kind_and_phones_are_masked_but_for_coordinators()
    {
        await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Pool First Aider A", scenario.GridA, "first-aid"));
        await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Pool Nurse B", scenario.GridB, "nursing", kind: "professional"));
        await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Pool Medic C", scenario.GridC, "medical", kind: "party-member"));
        await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Pool Lawyer Community", scenario.Community, "legal-consultation"));

        var (_, medical) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers?skill=medical&unitId={scenario.Street}&pageSize=200", scenario.Admin);
        Assert.Equal(["Pool First Aider A", "Pool Medic C", "Pool Nurse B"], Names(medical).Where(n => n.StartsWith("Pool", StringComparison.Ordinal)));

        var (_, inCommunity) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers?unitId={scenario.Community}&pageSize=200", scenario.Admin);
        Assert.Contains("Pool Lawyer Community", Names(inCommunity));
        Assert.DoesNotContain("Pool Medic C", Names(inCommunity));

        var (_, inGrid) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers?unitId={scenario.GridB}", scenario.Admin);
        Assert.Equal(["Pool Nurse B"], Names(inGrid));

        var (_, professionals) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers?skill=medical&kind=professional&unitId={scenario.Street}", scenario.Admin);
        Assert.Equal(["Pool Nurse B"], Names(professionals));

        var (badKind, problem) = await scenario.SendAsync(HttpMethod.Get, "/api/volunteers?kind=Professional", scenario.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, badKind);
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));

        // Full phone for the district's admin and coordinators only.
        Assert.Equal("13812345678", inGrid.GetProperty("items")[0].GetProperty("phone").GetString());
        var coordinator = await platform.TokenAsync(scenario.District, ["volunteer-coordinator"]);
        var (_, asCoordinator) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers?unitId={scenario.GridB}", coordinator);
        Assert.Equal("13812345678", asCoordinator.GetProperty("items")[0].GetProperty("phone").GetString());
        var resident = await platform.TokenAsync(scenario.District, ["resident"]);
        var (_, asResident) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers?unitId={scenario.GridB}", resident);
        Assert.Equal("138****5678", asResident.GetProperty("items")[0].GetProperty("phone").GetString());
        Assert.DoesNotContain("12345678", asResident.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_400_naming_fields_and_unknown_references_are_422()
    {
        var (status, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers", scenario.Admin, new
        {
            name = "",
            phone = "12",
            homeUnitId = scenario.GridA,
            kind = "resident",
            skills = new[] { new { skill = "legal", level = "skilled" } },
            availability = new[] { new { day = "monday", from = "18:00", to = "09:00" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("phone", out _), errors.ToString());
        Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith("availability", StringComparison.Ordinal));

        var (unknownSkill, _) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers", scenario.Admin,
            VolunteersScenario.Volunteer("Nobody", scenario.GridA, "astrology"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownSkill);
        var (street, streetProblem) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers", scenario.Admin,
            VolunteersScenario.Volunteer("Nobody", scenario.Street, "legal"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, street);
        Assert.Contains("homeUnitId", streetProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_district_cannot_see_or_change_a_volunteer()
    {
        var id = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Isolated", scenario.GridA, "teaching"));
        var other = await platform.TokenAsync("vol-pool-other", ["district-admin"]);

        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/{id}", other)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/{id}/deactivate", other)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Put, $"/api/volunteers/{id}", other,
            VolunteersScenario.Volunteer("Hijacked", scenario.GridA, "teaching"))).Status);
        var (_, list) = await scenario.SendAsync(HttpMethod.Get, "/api/volunteers?skill=teaching", other);
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());

        var (ok, mine) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/{id}", scenario.Admin);
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal("Isolated", mine.GetProperty("name").GetString());
        Assert.Equal(scenario.Community, mine.GetProperty("communityId").GetGuid());
        Assert.Equal("saturday", mine.GetProperty("availability")[0].GetProperty("day").GetString());
        Assert.Equal("08:00", mine.GetProperty("availability")[0].GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_team_has_members_of_the_district()
    {
        var member = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Team Member", scenario.GridA, "elder-care"));
        var (status, team) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/teams", scenario.Admin,
            new { name = "老帮老", homeUnitId = scenario.Community, focus = new[] { "elderly" }, memberIds = new[] { member } });
        Assert.True(status == HttpStatusCode.Created, team.ToString());
        Assert.Equal("Team Member", team.GetProperty("members")[0].GetProperty("name").GetString());

        var teamId = team.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/teams/{teamId}/members", scenario.Admin,
            new { volunteerId = member })).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Delete, $"/api/volunteers/teams/{teamId}/members/{member}", scenario.Admin)).Status);
        var other = await platform.TokenAsync("vol-pool-other", ["district-admin"]);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/teams/{teamId}", other)).Status);
    }
}
