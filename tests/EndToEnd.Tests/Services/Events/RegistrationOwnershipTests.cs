using System.Net;

namespace Governance.EndToEnd.Tests.Services.Events;

/// <summary>
/// A registration belongs to the account that made it: another member of the same district can neither cancel it
/// nor fetch its QR code (403), while the owner and the organising roles can.
/// </summary>
public sealed class RegistrationOwnershipTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly EventsScenario scenario = new(platform, "events-ownership");

    public async ValueTask InitializeAsync() => await scenario.BuildAsync(116.4);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Only_the_registrant_or_an_organiser_cancels_a_registration_or_fetches_its_qr_code()
    {
        var owner = await platform.TokenAsync(scenario.District, ["resident"], "events-owner");
        var neighbour = await platform.TokenAsync(scenario.District, ["resident"], "events-neighbour");
        var organiser = await platform.TokenAsync(scenario.District, ["event-organizer"], "events-organiser");
        var id = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Grid));

        var mine = await RegisterAsync(id, owner, "Owner One");
        var second = await RegisterAsync(id, owner, "Owner Two");
        var third = await RegisterAsync(id, owner, "Owner Three");

        var (refused, problem) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations/{mine}/cancel", neighbour);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Contains("event-organizer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await RawAsync(HttpMethod.Get, $"/api/events/{id}/registrations/{mine}/qr", neighbour)).Status);

        var qr = await RawAsync(HttpMethod.Get, $"/api/events/{id}/registrations/{mine}/qr", owner);
        Assert.Equal((HttpStatusCode.OK, "image/png"), (qr.Status, qr.MediaType));
        Assert.Equal(HttpStatusCode.OK, (await RawAsync(HttpMethod.Get, $"/api/events/{id}/registrations/{mine}/qr", organiser)).Status);

        var (cancelled, body) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations/{mine}/cancel", owner);
        Assert.Equal((HttpStatusCode.OK, "cancelled"), (cancelled, body.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations/{second}/cancel", organiser)).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/events/{id}/registrations/{third}/cancel", scenario.Admin)).Status);
        Assert.Equal(1, await platform.App.CountAsync("events-db",
            "SELECT count(*) FROM registrations WHERE \"Id\" = $1 AND \"Account\" = 'events-owner'", mine));
    }

    private async Task<Guid> RegisterAsync(Guid activity, string token, string name)
    {
        var (status, registration) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{activity}/registrations", token,
            new { name, phone = "13812345678" });
        Assert.True(status == HttpStatusCode.Created, registration.ToString());
        return registration.GetProperty("id").GetGuid();
    }

    private async Task<(HttpStatusCode Status, string? MediaType)> RawAsync(HttpMethod method, string path, string token)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(method, path, token));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType);
    }
}
