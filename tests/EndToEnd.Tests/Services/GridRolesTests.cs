using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>Who may change what in the grid service, through the gateway.</summary>
public class GridRolesTests(PlatformFixture platform)
{
    private const string District = "grid-roles-e2e";

    private Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null) =>
        platform.SendAsync(method, path, token, body);

    [Fact]
    public async Task Residents_report_cases_grid_workers_work_them_and_only_administrators_change_the_territory()
    {
        var admin = await platform.TokenAsync(District);
        var resident = await platform.TokenAsync(District, ["resident"], "grid-roles-resident");
        var worker = await platform.TokenAsync(District, ["grid-worker"], "grid-roles-worker");
        var (_, community) = await platform.CreateCommunityAsync(admin, "Roles");
        var grid = await platform.CreateGridAsync(admin, community, 119.3, 39.0);
        // Grid workers work cases only in the grids their worker record (account = their sub) is assigned to.
        var (_, record) = await SendAsync(HttpMethod.Post, "/api/grid/workers", admin,
            new { name = "Wang Li", phone = "13987654321", employment = "full-time", account = "grid-roles-worker" });
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"/api/grid/workers/{record.GetProperty("id").GetGuid()}/assignments", admin,
            new { gridId = grid, duty = "Whole grid" })).Status);

        var (refused, problem) = await platform.PostUnitAsync(resident, new { level = "community", parentId = community, name = "Not allowed" });
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, $"/api/grid/units/{grid}/rename", worker, new { name = "Renamed" })).Status);

        var (reported, item) = await SendAsync(HttpMethod.Post, "/api/grid/cases", resident, new
        {
            category = "street-lights",
            title = "Broken street light",
            description = "Dark at night by building 3.",
            gridId = grid,
            reporter = new { name = "Li Na", phone = "13812345678" },
        });
        Assert.True(reported == HttpStatusCode.Created, item.ToString());
        var caseId = item.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/accept", resident)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/accept", worker)).Status);
    }
}
