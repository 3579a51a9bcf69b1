using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Open311;

/// <summary>District admins issue, list and revoke the API keys of the apps that file reports through Open311.</summary>
public class Open311ClientsApiTests(PlatformFixture platform)
{
    private const string District = "open311-clients";

    [Fact]
    public async Task A_district_admin_issues_a_key_shown_once_lists_clients_without_keys_and_revokes_one()
    {
        var admin = await platform.TokenAsync(District);
        var worker = await platform.TokenAsync(District, ["grid-worker"], "open311-worker");

        Assert.Equal(HttpStatusCode.Forbidden, (await platform.SendAsync(HttpMethod.Post, "/api/grid/open311/clients", worker, new { name = "App" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await platform.SendAsync(HttpMethod.Post, "/api/grid/open311/clients", admin, new { name = "" })).Status);
        var (status, issued) = await platform.SendAsync(HttpMethod.Post, "/api/grid/open311/clients", admin, new { name = "FixMyStreet" });
        Assert.True(status == HttpStatusCode.Created, $"{status}: {issued}");
        var id = issued.GetProperty("id").GetGuid();
        Assert.StartsWith("o311_", issued.GetProperty("apiKey").GetString(), StringComparison.Ordinal);

        var (_, listed) = await platform.SendAsync(HttpMethod.Get, "/api/grid/open311/clients", admin);
        var client = Assert.Single(listed.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.False(client.TryGetProperty("apiKey", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.SendAsync(HttpMethod.Get, "/api/grid/open311/clients", worker)).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await platform.SendAsync(HttpMethod.Delete, $"/api/grid/open311/clients/{id}", admin)).Status);
        var (_, after) = await platform.SendAsync(HttpMethod.Get, "/api/grid/open311/clients", admin);
        Assert.NotEqual(JsonValueKind.Null, after.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id).GetProperty("revokedAt").ValueKind);
        var other = await platform.TokenAsync("open311-clients-other");
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Delete, $"/api/grid/open311/clients/{id}", other)).Status);
    }
}
