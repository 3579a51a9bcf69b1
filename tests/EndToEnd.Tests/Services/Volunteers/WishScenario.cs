using System.Net;
using System.Text.Json;
using Governance.EndToEnd.Tests.Services.People;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>
/// A district's territory (from <see cref="PeopleScenario"/>) plus the calls the wish and hours tests
/// make to the volunteer service through the gateway.
/// </summary>
public sealed record WishScenario(PeopleScenario People)
{
    public const string Phone = "13912345678";

    public PlatformFixture Platform => People.Platform;

    public string AdminToken => People.AdminToken;

    public static async Task<WishScenario> CreateAsync(PlatformFixture platform, string district) =>
        new(await PeopleScenario.CreateAsync(platform, district));

    public Task<string> TokenAsync(string sub, params string[] roles) => Platform.TokenAsync(People.District, roles, sub);

    public Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null) =>
        People.SendAsync(method, path, token, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string token, object? body = null) =>
        People.SendAsync(HttpMethod.Post, path, token, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string token) => People.GetAsync(path, token);

    /// <summary>
    /// A volunteer living in <paramref name="homeUnitId"/>, added by the district admin and linked to
    /// <paramref name="account"/> (the <c>sub</c> that may act for them), or to none. The volunteer service learns
    /// units from the grid's events, so a unit created a moment ago may still be unknown there (422): retried briefly.
    /// </summary>
    public async Task<Guid> AddVolunteerAsync(string name, Guid homeUnitId, string? account = null)
    {
        var body = new { name, phone = Phone, homeUnitId, kind = "resident", skills = new[] { new { skill = "first-aid", level = "basic" } }, account };
        var (status, created) = await RetryWhileAsync(HttpStatusCode.UnprocessableEntity, () => PostAsync("/api/volunteers", AdminToken, body));
        Assert.True(status == HttpStatusCode.Created, $"POST /api/volunteers: {(int)status} {created}");
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A wish posted directly for <paramref name="unitId"/>, retried while the unit is not yet known to the volunteer service.</summary>
    public async Task<JsonElement> PostWishAsync(Guid unitId, DateTimeOffset? deadline = null, string description = "Carry the shopping upstairs")
    {
        var (status, wish) = await RetryWhileAsync(HttpStatusCode.UnprocessableEntity,
            () => PostAsync("/api/volunteers/wishes", AdminToken, new { description, category = "daily-needs", unitId, deadline }));
        Assert.True(status == HttpStatusCode.Created, $"POST /api/volunteers/wishes: {(int)status} {wish}");
        return wish;
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> RetryWhileAsync(
        HttpStatusCode retryOn, Func<Task<(HttpStatusCode Status, JsonElement Body)>> send) =>
        Eventually.ReadAsync(send, result => result.Status != retryOn, TimeSpan.FromSeconds(30));

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds (or 30 s pass) and returns the last body.</summary>
    public async Task<JsonElement> EventuallyAsync(string path, string token, Func<JsonElement, bool> done)
    {
        var (status, body) = await Eventually.ReadAsync(
            () => GetAsync(path, token), answer => answer.Status == HttpStatusCode.OK && done(answer.Body), TimeSpan.FromSeconds(30));
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {body}");
        return body;
    }
}
