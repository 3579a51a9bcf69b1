using System.Net;
using Governance.EndToEnd.Tests.Services.Party;

namespace Governance.EndToEnd.Tests.Services.Events;

/// <summary>Activities through the gateway: lifecycle and its 409s, validation, district isolation, listing, alliance partners and stats.</summary>
public sealed class ActivitiesApiTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly EventsScenario scenario = new(platform, "events-life");

    public async ValueTask InitializeAsync() => await scenario.BuildAsync(116.0);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Organisers_run_activities_while_residents_read_them_and_register()
    {
        var resident = await platform.TokenAsync(scenario.District, ["resident"], "events-resident");
        var organizer = await platform.TokenAsync(scenario.District, ["event-organizer"], "events-organizer");

        var (refused, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/events", resident, EventsScenario.Lecture(scenario.Community));
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());

        var (created, activity) = await scenario.SendAsync(HttpMethod.Post, "/api/events", organizer, EventsScenario.Lecture(scenario.Community));
        Assert.True(created == HttpStatusCode.Created, activity.ToString());
        var id = activity.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/publish", resident)).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/publish", organizer)).Status);

        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Get, $"/api/events/{id}", resident)).Status);
        var (registered, registration) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations", resident,
            new { name = "Li Na", phone = "13812345678" });
        Assert.True(registered == HttpStatusCode.Created, registration.ToString());
        var code = registration.GetProperty("code").GetString();
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Get, $"/api/events/{id}/registrations", resident)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/checkins", resident, new { code })).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/checkins", organizer, new { code })).Status);
    }

    [Fact]
    public async Task An_activity_is_published_started_and_completed_and_actions_out_of_turn_are_409_naming_the_state()
    {
        var (created, draft) = await scenario.PostAsync("/api/events", EventsScenario.Lecture(scenario.Community));
        Assert.True(created == HttpStatusCode.Created, draft.ToString());
        Assert.Equal(("draft", "not-yet-open"), (draft.GetProperty("status").GetString(), draft.GetProperty("registration").GetString()));
        Assert.Equal("City Hospital No. 2", draft.GetProperty("partners")[0].GetProperty("name").GetString());
        var id = draft.GetProperty("id").GetGuid();

        var (early, earlyProblem) = await scenario.PostAsync($"/api/events/{id}/start");
        Assert.Equal((HttpStatusCode.Conflict, "draft"), (early, earlyProblem.GetProperty("state").GetString()));

        var (_, published) = await scenario.PostAsync($"/api/events/{id}/publish");
        Assert.Equal(("published", "open"), (published.GetProperty("status").GetString(), published.GetProperty("registration").GetString()));
        var (twice, twiceProblem) = await scenario.PostAsync($"/api/events/{id}/publish");
        Assert.Equal((HttpStatusCode.Conflict, "published"), (twice, twiceProblem.GetProperty("state").GetString()));
        Assert.Contains("draft", twiceProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await scenario.RegisterAsync(id, partySize: 3);
        var (_, started) = await scenario.PostAsync($"/api/events/{id}/start");
        Assert.Equal(("in-progress", "closed"), (started.GetProperty("status").GetString(), started.GetProperty("registration").GetString()));
        var (closed, closedProblem) = await scenario.PostAsync($"/api/events/{id}/registrations", new { name = "Late", phone = "13812345678" });
        Assert.Equal((HttpStatusCode.Conflict, "in-progress"), (closed, closedProblem.GetProperty("state").GetString()));

        var (negative, negativeProblem) = await scenario.PostAsync($"/api/events/{id}/complete", new { outputs = new { leaflets = -1 } });
        Assert.Equal(HttpStatusCode.BadRequest, negative);
        Assert.Contains("outputs", negativeProblem.GetProperty("errors").EnumerateObject().First().Name, StringComparison.Ordinal);

        var (done, completed) = await scenario.PostAsync($"/api/events/{id}/complete", new { outputs = new { leaflets = 120, banners = 1 }, notes = "Full hall" });
        Assert.True(done == HttpStatusCode.OK, completed.ToString());
        Assert.Equal(("completed", 120), (completed.GetProperty("status").GetString(), completed.GetProperty("outputs").GetProperty("leaflets").GetInt32()));
        Assert.Equal((3, 0), (completed.GetProperty("registered").GetInt32(), completed.GetProperty("attendance").GetInt32()));

        var (again, againProblem) = await scenario.PostAsync($"/api/events/{id}/cancel", new { reason = "too late" });
        Assert.Equal((HttpStatusCode.Conflict, "completed"), (again, againProblem.GetProperty("state").GetString()));
        Assert.Equal(1, await platform.App.CountAsync("events-db",
            "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE '%event-completed%'", id.ToString()));
    }

    [Fact]
    public async Task Cancelling_tells_registrants_by_event_with_their_registration_ids_and_never_their_phones()
    {
        var id = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Grid, capacity: 1));
        var registration = await scenario.RegisterAsync(id);
        var registered = registration.GetProperty("id").GetGuid();
        var waitlisted = (await scenario.RegisterAsync(id)).GetProperty("id").GetGuid();

        var (status, cancelled) = await scenario.PostAsync($"/api/events/{id}/cancel", new { reason = "Storm warning" });

        Assert.True(status == HttpStatusCode.OK, cancelled.ToString());
        Assert.Equal(("cancelled", "closed"), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("registration").GetString()));
        const string Announced = "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE '%activity-cancelled%'";
        Assert.Equal(1, await platform.App.CountAsync("events-db", Announced + " AND \"Payload\"::text LIKE $2 AND \"Payload\"::text LIKE $3",
            id.ToString(), $"%{registered}%", $"%{waitlisted}%"));
        Assert.Equal(0, await platform.App.CountAsync("events-db", Announced + " AND \"Payload\"::text LIKE '%13812345678%'", id.ToString()));
        // Both registrations were made by the scenario's one account, which the cancellation names once.
        Assert.Equal(1, await platform.App.CountAsync("events-db", Announced + " AND \"Payload\" -> 'accounts' = '[\"events-admin\"]'::jsonb", id.ToString()));
        Assert.Equal(1, await platform.App.CountAsync("events-db",
            "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE '%activity-published%' AND (\"Payload\" ->> 'capacity') = '1'",
            id.ToString()));
        var (closed, problem) = await scenario.PostAsync($"/api/events/{id}/checkins", new { code = registration.GetProperty("code").GetString() });
        Assert.Equal((HttpStatusCode.Conflict, "cancelled"), (closed, problem.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Another_districts_activity_is_404_and_the_bad_input_names_its_fields()
    {
        var id = await scenario.CreateAsync(EventsScenario.Lecture(scenario.Grid));
        var stranger = await platform.TokenAsync("events-life-other", ["district-admin"], "stranger");

        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Get, $"/api/events/{id}", stranger)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/publish", stranger)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations", stranger,
            new { name = "Li", phone = "13812345678" })).Status);
        Assert.Equal("draft", (await scenario.GetAsync($"/api/events/{id}")).Body.GetProperty("status").GetString());

        var bad = EventsScenario.Lecture(scenario.Grid, capacity: 0, staffing: [new { skill = "Health Education", count = 51 }]);
        bad["endsAt"] = DateTimeOffset.UtcNow;
        var (invalid, problem) = await scenario.PostAsync("/api/events", bad);
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("capacity", fields);
        Assert.Contains("endsAt", fields);
        Assert.Contains("staffing[0].skill", fields);
        Assert.Contains("staffing[0].count", fields);

        var (unknownUnit, unitProblem) = await scenario.PostAsync("/api/events", EventsScenario.Lecture(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownUnit);
        Assert.Contains("organizerUnitId", unitProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (unknownAlliance, allianceProblem) = await scenario.PostAsync("/api/events",
            EventsScenario.Lecture(scenario.Grid, partners: [new { allianceId = Guid.NewGuid() }]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownAlliance);
        Assert.Contains("allianceId", allianceProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adoption_programme_runs_in_sessions_that_must_fit_its_span_without_overlapping()
    {
        var start = DateTimeOffset.UtcNow.AddDays(7);
        var programme = EventsScenario.Lecture(scenario.Community, kind: "adoption-programme");
        programme["startsAt"] = start;
        programme["endsAt"] = start.AddDays(60);
        programme["sessions"] = new object[]
        {
            new { startsAt = start.AddDays(14), endsAt = start.AddDays(14).AddHours(2), title = "Pruning" },
            new { startsAt = start.AddDays(1), endsAt = start.AddDays(1).AddHours(2), title = "Planting" },
        };

        var (created, activity) = await scenario.PostAsync("/api/events", programme);

        Assert.True(created == HttpStatusCode.Created, activity.ToString());
        var (_, read) = await scenario.GetAsync($"/api/events/{activity.GetProperty("id").GetGuid()}");
        Assert.Equal(["Planting", "Pruning"], read.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("title").GetString()));

        programme["sessions"] = new object[]
        {
            new { startsAt = start.AddDays(1), endsAt = start.AddDays(1).AddHours(2) },
            new { startsAt = start.AddDays(1).AddHours(1), endsAt = start.AddDays(1).AddHours(3) },
        };
        var (refused, problem) = await scenario.PostAsync("/api/events", programme);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("overlap", problem.GetProperty("errors").GetProperty("sessions")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alliance_formed_in_the_party_service_can_be_named_as_a_partner()
    {
        var party = new PartyScenario(platform, scenario.Admin);
        await party.WaitForUnitsAsync(scenario.Community);
        var alliance = await party.OkAsync(HttpMethod.Post, "/api/party/alliances", new
        {
            communityUnitId = scenario.Community,
            partner = new { name = "Kailuan Hospital", kind = "hospital" },
            agreement = new { signedOn = DateOnly.FromDateTime(DateTime.UtcNow), term = 24 },
            cooperationItems = new[] { "Free clinics" },
        });
        var allianceId = alliance.GetProperty("id").GetGuid();
        // The events service learns of the alliance over the broker (AllianceFormed through the party's outbox).
        Assert.Equal(1, await Eventually.CountAsync(() => platform.App.CountAsync("events-db",
            "SELECT count(*) FROM alliance_partners WHERE \"AllianceId\" = $1", allianceId), 1, EventsScenario.Patience));

        var (created, activity) = await scenario.PostAsync("/api/events",
            EventsScenario.Lecture(scenario.Community, partners: [new { allianceId }, new { name = "Xuefeng Primary School" }]));

        Assert.True(created == HttpStatusCode.Created, activity.ToString());
        var partners = activity.GetProperty("partners");
        Assert.Equal(("Kailuan Hospital", allianceId), (partners[0].GetProperty("name").GetString(), partners[0].GetProperty("allianceId").GetGuid()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, partners[1].GetProperty("allianceId").ValueKind);
    }

    [Fact]
    public async Task A_street_lists_its_communities_activities_and_stats_sum_the_completed_ones()
    {
        var lecture = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Grid));
        var campaign = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Community, kind: "campaign"));
        var ceremony = await scenario.CreateAsync(EventsScenario.Lecture(scenario.Street, kind: "ceremony"));
        var from = DateTimeOffset.UtcNow.AddMinutes(30).ToString("O");
        var to = DateTimeOffset.UtcNow.AddHours(2).ToString("O");

        var (_, underStreet) = await scenario.GetAsync($"/api/events?unitId={scenario.Street}&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}&pageSize=200");
        var ids = underStreet.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(lecture, ids);
        Assert.Contains(campaign, ids);
        Assert.Contains(ceremony, ids);
        var (_, underGrid) = await scenario.GetAsync($"/api/events?unitId={scenario.Grid}&kind=lecture&pageSize=200");
        Assert.All(underGrid.GetProperty("items").EnumerateArray(), a => Assert.Equal(scenario.Grid, a.GetProperty("organizerUnitId").GetGuid()));
        Assert.Contains(lecture, underGrid.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, (await scenario.GetAsync("/api/events?kind=party")).Status);

        var (_, before) = await scenario.GetAsync($"/api/events/stats?unitId={scenario.Street}");
        await scenario.PostAsync($"/api/events/{lecture}/walk-ins", new { count = 7 });
        await scenario.PostAsync($"/api/events/{lecture}/start");
        await scenario.PostAsync($"/api/events/{lecture}/complete", new { outputs = new { leaflets = 200, banners = 2 } });
        await scenario.PostAsync($"/api/events/{campaign}/start");
        await scenario.PostAsync($"/api/events/{campaign}/complete", new { outputs = new { leaflets = 50 } });

        var (status, after) = await scenario.GetAsync($"/api/events/stats?unitId={scenario.Street}");
        Assert.Equal(HttpStatusCode.OK, status);
        int Stat(System.Text.Json.JsonElement stats, string group, string name) =>
            stats.GetProperty(group).TryGetProperty(name, out var value) ? value.GetInt32() : 0;
        Assert.Equal(before.GetProperty("activities").GetInt32() + 2, after.GetProperty("activities").GetInt32());
        Assert.Equal(Stat(before, "byKind", "lecture") + 1, Stat(after, "byKind", "lecture"));
        Assert.Equal(Stat(before, "byKind", "campaign") + 1, Stat(after, "byKind", "campaign"));
        Assert.Equal(before.GetProperty("attendance").GetInt32() + 7, after.GetProperty("attendance").GetInt32());
        Assert.Equal(Stat(before, "outputs", "leaflets") + 250, Stat(after, "outputs", "leaflets"));
        Assert.Equal(Stat(before, "outputs", "banners") + 2, Stat(after, "outputs", "banners"));
    }
}
