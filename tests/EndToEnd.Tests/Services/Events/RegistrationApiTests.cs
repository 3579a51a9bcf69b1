using System.Net;

namespace Governance.EndToEnd.Tests.Services.Events;

/// <summary>Registrations through the gateway against two events replicas and the real database: capacity under load, waitlist, codes, check-in.</summary>
[Collection(ExclusivePlatform.Name)]
public sealed class RegistrationApiTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly EventsScenario scenario = new(platform, "events-registration");

    public async ValueTask InitializeAsync() => await scenario.BuildAsync(116.2);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Forty_parallel_registrations_for_ten_places_register_exactly_ten_and_waitlist_thirty_in_order()
    {
        var id = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Community, capacity: 10));

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations",
            scenario.Admin, new { name = $"Resident {i}", phone = $"138{i:D8}" })));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Created, a.Body.ToString()));
        var registered = answers.Where(a => a.Body.GetProperty("status").GetString() == "registered").ToList();
        var waitlisted = answers.Where(a => a.Body.GetProperty("status").GetString() == "waitlisted").ToList();
        Assert.Equal((10, 30), (registered.Count, waitlisted.Count));
        Assert.Equal(Enumerable.Range(1, 30), waitlisted.Select(a => a.Body.GetProperty("position").GetInt32()).Order());
        Assert.Equal(40, answers.Select(a => a.Body.GetProperty("code").GetString()).Distinct().Count());

        var (_, activity) = await scenario.GetAsync($"/api/events/{id}");
        Assert.Equal((10, 10, 30), (activity.GetProperty("capacity").GetInt32(), activity.GetProperty("registered").GetInt32(), activity.GetProperty("waitlisted").GetInt32()));
        Assert.Equal(10, await platform.App.CountAsync("events-db",
            "SELECT coalesce(sum(\"PartySize\"), 0) FROM registrations WHERE \"ActivityId\" = $1 AND \"Status\" = 'Registered'", id));

        var (_, waiting) = await scenario.GetAsync($"/api/events/{id}/registrations?status=waitlisted&pageSize=200");
        Assert.Equal(Enumerable.Range(1, 30), waiting.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("position").GetInt32()).Order());
    }

    [Fact]
    public async Task Cancelling_promotes_the_first_waitlisted_party_that_fits()
    {
        var id = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Grid, capacity: 3));
        var family = await scenario.RegisterAsync(id, "Family", partySize: 3);
        var large = await scenario.RegisterAsync(id, "Large", partySize: 3);
        Assert.Equal(("waitlisted", 1), (large.GetProperty("status").GetString(), large.GetProperty("position").GetInt32()));
        var single = await scenario.RegisterAsync(id, "Single", partySize: 1);
        Assert.Equal(2, single.GetProperty("position").GetInt32());

        var (cancelled, body) = await scenario.PostAsync($"/api/events/{id}/registrations/{family.GetProperty("id").GetGuid()}/cancel");
        Assert.Equal((HttpStatusCode.OK, "cancelled"), (cancelled, body.GetProperty("status").GetString()));

        var (_, registered) = await scenario.GetAsync($"/api/events/{id}/registrations?status=registered");
        Assert.Equal(["Large"], registered.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        var (_, waiting) = await scenario.GetAsync($"/api/events/{id}/registrations?status=waitlisted");
        Assert.Equal(1, waiting.GetProperty("items")[0].GetProperty("position").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.PostAsync($"/api/events/{id}/registrations/{family.GetProperty("id").GetGuid()}/cancel")).Status);

        // Announced: the promotion with the registrant's account, and the counts after each of the four commands (the refused one changed nothing).
        const string Outbox = "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE ";
        Assert.Equal(1, await platform.App.CountAsync("events-db",
            Outbox + "'%registration-promoted%' AND (\"Payload\" ->> 'registrationId') = $2 AND (\"Payload\" ->> 'account') = 'events-admin'",
            id.ToString(), large.GetProperty("id").GetGuid().ToString()));
        Assert.Equal(4, await platform.App.CountAsync("events-db", Outbox + "'%registration-counts-changed%'", id.ToString()));
        Assert.Equal(1, await platform.App.CountAsync("events-db",
            Outbox + "'%registration-counts-changed%' AND (\"Payload\" ->> 'registered') = '3' AND (\"Payload\" ->> 'waitlisted') = '1'", id.ToString()));
    }

    [Fact]
    public async Task Check_in_by_code_is_idempotent_and_unknown_cancelled_or_waitlisted_codes_are_refused()
    {
        var id = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Grid, capacity: 2));
        var guest = await scenario.RegisterAsync(id, "Guest", partySize: 2);
        var waiting = await scenario.RegisterAsync(id, "Waiting");
        var code = guest.GetProperty("code").GetString()!;
        Assert.Matches("^[346789ABCDEFGHJKMNPQRTUVWXY]{8}$", code);

        var (first, checkedIn) = await scenario.PostAsync($"/api/events/{id}/checkins", new { code = code.ToLowerInvariant() });
        Assert.True(first == HttpStatusCode.OK, checkedIn.ToString());
        var (second, again) = await scenario.PostAsync($"/api/events/{id}/checkins", new { code });
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(checkedIn.GetProperty("checkedInAt").GetDateTimeOffset(), again.GetProperty("checkedInAt").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.NotFound, (await scenario.PostAsync($"/api/events/{id}/checkins", new { code = "XXXX3333" })).Status);
        var (queued, queuedProblem) = await scenario.PostAsync($"/api/events/{id}/checkins", new { code = waiting.GetProperty("code").GetString() });
        Assert.Equal((HttpStatusCode.Conflict, "waitlisted"), (queued, queuedProblem.GetProperty("state").GetString()));
        await scenario.PostAsync($"/api/events/{id}/registrations/{waiting.GetProperty("id").GetGuid()}/cancel");
        var (gone, goneProblem) = await scenario.PostAsync($"/api/events/{id}/checkins", new { code = waiting.GetProperty("code").GetString() });
        Assert.Equal((HttpStatusCode.Conflict, "cancelled"), (gone, goneProblem.GetProperty("state").GetString()));

        var (_, walkIns) = await scenario.PostAsync($"/api/events/{id}/walk-ins", new { count = 5 });
        Assert.Equal((2, 5), (walkIns.GetProperty("checkedIn").GetInt32(), walkIns.GetProperty("walkIns").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await scenario.PostAsync($"/api/events/{id}/walk-ins", new { count = 0 })).Status);
    }

    [Fact]
    public async Task The_code_comes_as_a_qr_image_and_phones_are_masked_except_for_a_district_admin()
    {
        var id = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Grid));
        var registration = await scenario.RegisterAsync(id, "Masked");
        var registrationId = registration.GetProperty("id").GetGuid();

        using var qr = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, $"/api/events/{id}/registrations/{registrationId}/qr", scenario.Admin));
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await qr.Content.ReadAsByteArrayAsync())[..4]);

        var organiser = await platform.TokenAsync(scenario.District, ["event-organizer"], "organiser");
        var (_, masked) = await scenario.SendAsync(HttpMethod.Get, $"/api/events/{id}/registrations", organiser);
        Assert.Equal("138****5678", masked.GetProperty("items")[0].GetProperty("phone").GetString());
        var (_, full) = await scenario.GetAsync($"/api/events/{id}/registrations");
        Assert.Equal("13812345678", full.GetProperty("items")[0].GetProperty("phone").GetString());

        var (invalid, problem) = await scenario.PostAsync($"/api/events/{id}/registrations", new { name = "", phone = "12345", partySize = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Equal(["name", "partySize", "phone"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }
}
