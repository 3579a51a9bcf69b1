using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.People;

/// <summary>
/// One district's territory for the people tests, built through the gateway: a community with two
/// grids (A and B), one building in each, and a household in each building.
/// </summary>
public sealed record PeopleScenario(
    PlatformFixture Platform, string District, string AdminToken,
    Guid GridA, Guid GridB, Guid BuildingA, Guid BuildingB, Guid HouseholdA, Guid HouseholdB)
{
    public const string ValidIdNumber = "130202199001011232";
    public const string OtherIdNumber = "11010519491231002X";
    public const string Mobile = "13812345678";

    public static async Task<PeopleScenario> CreateAsync(PlatformFixture platform, string district)
    {
        var admin = await platform.TokenAsync(district, ["district-admin"], "e2e-admin");
        var (_, community) = await platform.CreateCommunityAsync(admin, "Xuefeng");
        var gridA = await platform.CreateGridAsync(admin, community, 118.10, 39.60, name: "Grid A");
        var gridB = await platform.CreateGridAsync(admin, community, 118.11, 39.60, name: "Grid B");
        var buildingA = await PostIdAsync(platform, admin, "/api/grid/units", new { level = "building", parentId = gridA, name = "Building 1" });
        var buildingB = await PostIdAsync(platform, admin, "/api/grid/units", new { level = "building", parentId = gridB, name = "Building 9" });
        var householdA = await PostIdAsync(platform, admin, "/api/grid/households", new { buildingId = buildingA, doorNumber = "1-101" });
        var householdB = await PostIdAsync(platform, admin, "/api/grid/households", new { buildingId = buildingB, doorNumber = "9-902" });
        return new PeopleScenario(platform, district, admin, gridA, gridB, buildingA, buildingB, householdA, householdB);
    }

    public Task<Guid> AddResidentAsync(Guid household, string idNumber, string phone, params string[] specialGroups) =>
        PostIdAsync(Platform, AdminToken, $"/api/grid/households/{household}/residents",
            new { name = "Zhang Min", idNumber, phone, birthDate = "1990-01-01", specialGroups });

    public Task<Guid> AddWorkerAsync(string account, Guid grid) =>
        AddWorkerAsync(account, grid, "Buildings 1–6, east gate");

    public async Task<Guid> AddWorkerAsync(string account, Guid grid, string duty)
    {
        var worker = await PostIdAsync(Platform, AdminToken, "/api/grid/workers",
            new { name = "Wang Li", phone = "13987654321", employment = "full-time", account });
        using var assigned = await Platform.Gateway.SendAsync(PlatformFixture.Request(
            HttpMethod.Post, $"/api/grid/workers/{worker}/assignments", AdminToken, new { gridId = grid, duty }));
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        return worker;
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null) =>
        Platform.SendAsync(method, path, token, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string token) => SendAsync(HttpMethod.Get, path, token);

    private static async Task<Guid> PostIdAsync(PlatformFixture platform, string token, string path, object body)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Post, path, token, body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
