using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Party;

/// <summary>Calls to the party service through the gateway, and waiting for its copy of the territory.</summary>
public sealed class PartyScenario(PlatformFixture platform, string token)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public PlatformFixture Platform => platform;

    public string Token => token;

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null, string? asToken = null)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(method, path, asToken ?? token, body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> OkAsync(HttpMethod method, string path, object? body = null)
    {
        var (status, json) = await SendAsync(method, path, body);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"{method} {path} answered {(int)status}: {json}");
        return json;
    }

    public async Task<Guid> CreateOrganizationAsync(string level, Guid? parentId, Guid unitId, string name, bool mobile = false) =>
        (await OkAsync(HttpMethod.Post, "/api/party/organizations", new { level, parentId, unitId, name, mobile })).GetProperty("id").GetGuid();

    /// <summary>Waits until the party service's <c>known_units</c> holds every one of <paramref name="units"/>.</summary>
    public async Task WaitForUnitsAsync(params Guid[] units)
    {
        var known = await Eventually.CountAsync(
            () => platform.App.CountAsync("party-db", "SELECT count(*) FROM known_units WHERE \"Id\" = ANY($1)", units), units.Length, Patience);
        Assert.Equal(units.Length, known);
    }

    /// <summary>Waits until <paramref name="read"/> holds (events travel through the broker), then asserts it.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> read, string what)
    {
        Assert.True(await Eventually.ReadAsync(read, holds => holds, Patience), $"Timed out waiting until {what}.");
    }
}
