using System.Net;
using System.Text.Json;
using Governance.Contracts.Events;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>Needs, explained matches and assignments, and the needs other services raise by event.</summary>
public sealed class NeedsTests(PlatformFixture platform) : IAsyncLifetime
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    private readonly VolunteersScenario scenario = new(platform, "vol-needs-e2e", 117.0);

    public async ValueTask InitializeAsync() => await scenario.BuildAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Next week's Saturday, 09:00–12:00 China time, shifted by <paramref name="hours"/>.</summary>
    private sealed record Window(DateTimeOffset From, DateTimeOffset To);

    private static Window SaturdayMorning(double hours = 0)
    {
        var today = DateTimeOffset.UtcNow.ToOffset(ChinaTime).Date;
        var saturday = new DateTimeOffset(today, ChinaTime).AddDays(7 + (((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7)).AddHours(9 + hours);
        return new Window(saturday, saturday.AddHours(3));
    }

    private async Task<JsonElement> CreateNeedAsync(object window, string skill = "legal", int count = 1)
    {
        var (status, need) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/needs", scenario.Admin,
            new { skill, unitId = scenario.GridA, window, count });
        Assert.True(status == HttpStatusCode.Created, need.ToString());
        return need;
    }

    [Fact]
    public async Task A_grid_case_that_needs_a_legal_volunteer_gets_one_of_its_community_assigned_and_shown()
    {
        var sameCommunity = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Case Lawyer Near", scenario.GridB, "legal-consultation"));
        await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Case Lawyer Far", scenario.GridC, "legal"));
        await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Case Medic Here", scenario.GridA, "first-aid"));

        var (reported, created) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/cases", scenario.Admin, new
        {
            category = "neighbour-dispute",
            title = "Dispute over a shared wall",
            description = "Needs legal advice.",
            gridId = scenario.GridA,
            reporter = new { name = "Zhao Lei", phone = "13912345678" },
            requiredSkill = "legal",
        });
        Assert.True(reported == HttpStatusCode.Created, created.ToString());
        var caseId = created.GetProperty("id").GetGuid();

        var assistance = await Eventually.ReadAsync(
            async () => (await scenario.SendAsync(HttpMethod.Get, $"/api/grid/cases/{caseId}", scenario.Admin)).Body.GetProperty("assistance"),
            a => a.GetProperty("status").GetString() != "requested", VolunteersScenario.Patience);

        Assert.True(assistance.GetProperty("status").GetString() == "assigned", assistance.ToString());
        Assert.Equal(sameCommunity, assistance.GetProperty("volunteers")[0].GetProperty("volunteerId").GetGuid());

        var (_, needs) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs?unitId={scenario.GridA}&status=assigned", scenario.Admin);
        var need = Assert.Single(needs.GetProperty("items").EnumerateArray(), n => n.GetProperty("source").GetProperty("id").GetGuid() == caseId);
        Assert.Equal("grid-case", need.GetProperty("source").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Matches_are_explained_and_a_volunteer_committed_in_an_overlapping_window_is_left_out()
    {
        var near = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Match Near", scenario.GridA, "legal"));
        var verified = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Match Verified", scenario.GridC, "legal", "expert",
            credential: new { name = "Lawyer's licence", verified = true }));
        var first = await CreateNeedAsync(SaturdayMorning());
        var firstId = first.GetProperty("id").GetGuid();

        var (status, matches) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs/{firstId}/matches?top=5", scenario.Admin);
        Assert.Equal(HttpStatusCode.OK, status);
        var ranked = matches.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(near, ranked[0].GetProperty("volunteerId").GetGuid());
        var nearFactors = ranked[0].GetProperty("factors").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(["skill", "proximity", "availability", "fairness"], nearFactors.Keys);
        Assert.Equal(30m, nearFactors["proximity"].GetProperty("points").GetDecimal());
        Assert.Equal("lives in the same grid", nearFactors["proximity"].GetProperty("reason").GetString());
        var verifiedMatch = ranked.Single(m => m.GetProperty("volunteerId").GetGuid() == verified);
        Assert.Contains("verified credential", verifiedMatch.GetProperty("factors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, matches.GetProperty("weights").GetArrayLength());

        var (assigned, afterAssign) = await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/needs/{firstId}/assignments", scenario.Admin,
            new { volunteerIds = new[] { near } });
        Assert.True(assigned == HttpStatusCode.OK, afterAssign.ToString());
        Assert.Equal("assigned", afterAssign.GetProperty("status").GetString());

        // An overlapping need no longer sees the committed volunteer, nor can it take them.
        var second = (await CreateNeedAsync(SaturdayMorning(hours: 1))).GetProperty("id").GetGuid();
        var (_, secondMatches) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs/{second}/matches", scenario.Admin);
        Assert.DoesNotContain(secondMatches.GetProperty("matches").EnumerateArray(), m => m.GetProperty("volunteerId").GetGuid() == near);
        var (refused, problem) = await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/needs/{second}/assignments", scenario.Admin,
            new { volunteerIds = new[] { near } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Contains("overlapping", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Released, the volunteer is free again.
        var (released, afterRelease) = await scenario.SendAsync(HttpMethod.Delete, $"/api/volunteers/needs/{firstId}/assignments/{near}", scenario.Admin);
        Assert.Equal(HttpStatusCode.OK, released);
        Assert.Equal("open", afterRelease.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Delete, $"/api/volunteers/needs/{firstId}/assignments/{near}", scenario.Admin)).Status);
        var (auto, afterAuto) = await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/needs/{second}/assignments", scenario.Admin, new { auto = true });
        Assert.Equal(HttpStatusCode.OK, auto);
        Assert.Equal(near, afterAuto.GetProperty("assignments")[0].GetProperty("volunteerId").GetGuid());

        // Another district sees none of it.
        var other = await platform.TokenAsync("vol-needs-other", ["district-admin"]);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs/{second}", other)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs/{second}/matches", other)).Status);
    }

    [Fact]
    public async Task Overlapping_needs_auto_assigned_at_the_same_moment_never_book_the_one_volunteer_twice()
    {
        var only = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Only Repairer", scenario.GridA, "repairs"));
        // Three weeks out, so no other test's needs overlap these.
        var needs = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            needs.Add((await CreateNeedAsync(SaturdayMorning(hours: (21 * 24) + (i * 0.25)), "repairs")).GetProperty("id").GetGuid());
        }

        var answers = await Task.WhenAll(needs.Select(need =>
            scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/needs/{need}/assignments", scenario.Admin, new { auto = true })));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body.ToString()));
        var booked = answers.SelectMany(a => a.Body.GetProperty("assignments").EnumerateArray()).Select(a => a.GetProperty("volunteerId").GetGuid()).ToList();
        Assert.Equal([only], booked);
    }

    [Fact]
    public async Task Only_coordinators_organise_needs_teams_and_records_while_any_member_may_read_and_sign_up()
    {
        var resident = await platform.TokenAsync(scenario.District, ["resident"], "vol-needs-resident");
        var coordinator = await platform.TokenAsync(scenario.District, ["volunteer-coordinator"], "vol-needs-coordinator");
        var need = new { skill = "teaching", unitId = scenario.GridA, window = SaturdayMorning(hours: 22 * 24), count = 1 };

        var (refused, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/needs", resident, need);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/teams", resident,
            new { name = "老帮老", homeUnitId = scenario.Community, focus = new[] { "elderly" }, memberIds = Array.Empty<Guid>() })).Status);

        var (signedUp, volunteer) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers", resident,
            VolunteersScenario.Volunteer("Self Signed", scenario.GridA, "teaching"));
        Assert.True(signedUp == HttpStatusCode.Created, volunteer.ToString());
        var volunteerId = volunteer.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/{volunteerId}/deactivate", resident)).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Get, "/api/volunteers/needs", resident)).Status);

        var (created, body) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/needs", coordinator, need);
        Assert.True(created == HttpStatusCode.Created, body.ToString());
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/volunteers/{volunteerId}/deactivate", coordinator)).Status);
    }

    [Fact]
    public async Task Someone_from_another_street_is_found_when_their_level_outscores_the_need_s_street()
    {
        var (farStreet, farCommunity) = await platform.CreateCommunityAsync(scenario.Admin, "Far");
        var farGrid = await platform.CreateGridAsync(scenario.Admin, farCommunity, 117.5, 39.0, name: "Far");
        Guid[] far = [farStreet, farCommunity, farGrid];
        Assert.Equal(far.Length, await Eventually.CountAsync(
            () => platform.App.CountAsync("volunteers-db", "SELECT count(*) FROM known_units WHERE \"Id\" = ANY($1)", far), far.Length, VolunteersScenario.Patience));
        var nearBasic = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Net Near", scenario.GridC, "network-security", "basic"));
        var farExpert = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Net Far Expert", farGrid, "network-security", "expert"));
        var farBasic = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Net Far Basic", farGrid, "network-security", "basic"));
        var need = (await CreateNeedAsync(SaturdayMorning(hours: 28 * 24), "network-security")).GetProperty("id").GetGuid();

        // Top 1: the street's best (60 points) leaves room only for a skilled or expert volunteer from elsewhere (at most 65).
        var (_, best) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs/{need}/matches?top=1", scenario.Admin);
        Assert.Equal([farExpert], best.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("volunteerId").GetGuid()));

        var (_, all) = await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs/{need}/matches?top=3", scenario.Admin);
        Assert.Equal([farExpert, nearBasic, farBasic], all.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("volunteerId").GetGuid()));
        Assert.Equal([65m, 60m, 50m], all.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("score").GetDecimal()));
    }

    [Fact]
    public async Task A_need_rejects_bad_windows_and_unknown_skills()
    {
        var (bad, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/needs", scenario.Admin,
            new { skill = "legal", unitId = scenario.GridA, window = new { from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddHours(-1) }, count = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("count", out _), problem.ToString());
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("window", StringComparison.Ordinal));

        var (unknown, _) = await scenario.SendAsync(HttpMethod.Post, "/api/volunteers/needs", scenario.Admin,
            new { skill = "astrology", unitId = scenario.GridA, window = SaturdayMorning(), count = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown);
    }

    [Fact]
    public async Task Staffing_requests_are_assigned_automatically_and_released_when_the_activity_is_cancelled()
    {
        var teacher = await scenario.CreateVolunteerAsync(VolunteersScenario.Volunteer("Staff Teacher", scenario.GridA, "teaching"));
        var activity = Guid.NewGuid();
        var window = SaturdayMorning(hours: 6);
        await scenario.PublishAsync(new StaffingRequested(Guid.NewGuid(), scenario.District, DateTimeOffset.UtcNow, activity, "Little scientist day",
            scenario.Community, "teaching", 2, window.From, window.To));

        var need = await WaitForNeedAsync(activity, n => n.GetProperty("assignments").GetArrayLength() > 0);
        Assert.Equal("event-staffing", need.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(teacher, need.GetProperty("assignments")[0].GetProperty("volunteerId").GetGuid());
        Assert.Equal("open", need.GetProperty("status").GetString());
        Assert.Contains("Found 1 of 2", need.GetProperty("unmatchedReason").GetString(), StringComparison.Ordinal);

        await scenario.PublishAsync(new ActivityCancelled(Guid.NewGuid(), scenario.District, DateTimeOffset.UtcNow, activity, "Rain"));
        var cancelled = await WaitForNeedAsync(activity, n => n.GetProperty("status").GetString() == "cancelled");
        Assert.Equal(0, cancelled.GetProperty("assignments").GetArrayLength());
    }

    private async Task<JsonElement> WaitForNeedAsync(Guid sourceId, Func<JsonElement, bool> until)
    {
        var need = await Eventually.ReadAsync(
            async () => (await scenario.SendAsync(HttpMethod.Get, $"/api/volunteers/needs?unitId={scenario.Community}", scenario.Admin)).Body
                .GetProperty("items").EnumerateArray().FirstOrDefault(n => n.GetProperty("source").GetProperty("id").GetGuid() == sourceId),
            n => n.ValueKind == JsonValueKind.Object && until(n), VolunteersScenario.Patience);
        Assert.True(need.ValueKind == JsonValueKind.Object && until(need), $"No need from {sourceId} reached the expected state: {need}");
        return need;
    }
}
