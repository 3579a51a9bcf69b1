using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Events;

/// <summary>
/// A district's territory for activities (a street, a community in it and a grid in that), built
/// through the gateway once the events service has its copy of the units.
/// </summary>
public sealed class EventsScenario(PlatformFixture platform, string district)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public string District => district;

    public string Admin { get; private set; } = "";

    public Guid Street { get; private set; }

    public Guid Community { get; private set; }

    public Guid Grid { get; private set; }

    public async Task BuildAsync(double lon)
    {
        Admin = await platform.TokenAsync(district, ["district-admin"], "events-admin");
        (Street, Community) = await platform.CreateCommunityAsync(Admin, "Events");
        Grid = await platform.CreateGridAsync(Admin, Community, lon, 39.0, name: "Events grid");
        Guid[] units = [Street, Community, Grid];
        var known = await Eventually.CountAsync(
            () => platform.App.CountAsync("events-db", "SELECT count(*) FROM known_units WHERE \"Id\" = ANY($1)", units), units.Length, Patience);
        Assert.Equal(units.Length, known);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(method, path, token, body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, Admin, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path, Admin);

    /// <summary>A lecture starting in an hour, open for registration until then.</summary>
    public static Dictionary<string, object?> Lecture(Guid organizerUnitId, int capacity = 50, string kind = "lecture", object[]? staffing = null, object[]? partners = null)
    {
        var startsAt = DateTimeOffset.UtcNow.AddHours(1);
        return new Dictionary<string, object?>
        {
            ["title"] = "Health lecture: high blood pressure",
            ["kind"] = kind,
            ["organizerUnitId"] = organizerUnitId,
            ["partners"] = partners ?? [new { name = "City Hospital No. 2" }],
            ["venue"] = "Community hall",
            ["startsAt"] = startsAt,
            ["endsAt"] = startsAt.AddHours(2),
            ["capacity"] = capacity,
            ["audience"] = new[] { "elderly" },
            ["staffing"] = staffing ?? [],
        };
    }

    public async Task<Guid> CreateAsync(object body)
    {
        var (status, created) = await PostAsync("/api/events", body);
        Assert.True(status == HttpStatusCode.Created, $"Creating an activity answered {(int)status}: {created}");
        return created.GetProperty("id").GetGuid();
    }

    public async Task<Guid> CreatePublishedAsync(object body)
    {
        var id = await CreateAsync(body);
        var (status, published) = await PostAsync($"/api/events/{id}/publish");
        Assert.True(status == HttpStatusCode.OK, $"Publishing answered {(int)status}: {published}");
        return id;
    }

    public async Task<JsonElement> RegisterAsync(Guid activity, string name = "Wang Fang", int partySize = 1)
    {
        var (status, registration) = await PostAsync($"/api/events/{activity}/registrations", new { name, phone = "13812345678", partySize });
        Assert.True(status == HttpStatusCode.Created, $"Registering answered {(int)status}: {registration}");
        return registration;
    }
}
