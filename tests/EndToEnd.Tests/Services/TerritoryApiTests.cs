using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>Locating grids, importing a territory, and renames and moves reaching the other services.</summary>
public class TerritoryApiTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null) =>
        platform.SendAsync(method, path, token, body);

    [Fact]
    public async Task A_point_finds_its_grid_community_and_street_and_new_grids_are_found_at_once()
    {
        var token = await platform.TokenAsync("locate-district");
        var (street, community) = await platform.CreateCommunityAsync(token);
        var west = await platform.CreateGridAsync(token, community, 118.00, 39.00);

        var (before, _) = await SendAsync(HttpMethod.Get, "/api/grid/locate?lat=39.005&lon=118.015", token);
        Assert.Equal(HttpStatusCode.NotFound, before);

        // Two grid replicas answer in turn: whichever one serves the next request must know the new grid.
        var east = await platform.CreateGridAsync(token, community, 118.01, 39.00);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var (status, located) = await SendAsync(HttpMethod.Get, "/api/grid/locate?lat=39.005&lon=118.015", token);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(east, located.GetProperty("grid").GetProperty("id").GetGuid());
            Assert.Equal(community, located.GetProperty("community").GetProperty("id").GetGuid());
            Assert.Equal(street, located.GetProperty("street").GetProperty("id").GetGuid());
        }

        var (inWest, westLocated) = await SendAsync(HttpMethod.Get, "/api/grid/locate?lat=39.001&lon=118.001", token);
        Assert.Equal(HttpStatusCode.OK, inWest);
        Assert.Equal(west, westLocated.GetProperty("grid").GetProperty("id").GetGuid());

        var (invalid, problem) = await SendAsync(HttpMethod.Get, "/api/grid/locate?lat=91&lon=118", token);
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lat", out _));
    }

    [Fact]
    public async Task Another_district_does_not_find_this_district_grids()
    {
        var token = await platform.TokenAsync("locate-owner");
        var (_, community) = await platform.CreateCommunityAsync(token);
        await platform.CreateGridAsync(token, community, 50, 50);

        var (status, _) = await SendAsync(HttpMethod.Get, "/api/grid/locate?lat=50.005&lon=50.005", await platform.TokenAsync("locate-stranger"));

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private static object Feature(string level, string name, string? code, string? parentCode, object? geometry = null) => new
    {
        type = "Feature",
        properties = new { level, name, code, parentCode },
        geometry,
    };

    [Fact]
    public async Task An_import_creates_every_unit_in_one_go_and_its_grids_can_be_located()
    {
        var token = await platform.TokenAsync("import-district");
        var collection = new
        {
            type = "FeatureCollection",
            features = new[]
            {
                Feature("grid", "Grid A", null, "IMP-C1", Territory.Square(60.00, 30, 0.01)),
                Feature("grid", "Grid B", "IMP-G2", "IMP-C1", Territory.Square(60.01, 30, 0.01)),
                Feature("building", "Building 1", null, "IMP-G2"),
                Feature("community", "Imported Community", "IMP-C1", "IMP-S1"),
                Feature("street", "Imported Street", "IMP-S1", null),
            },
        };

        var (status, result) = await SendAsync(HttpMethod.Post, "/api/grid/units/import", token, collection);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(5, result.GetProperty("created").GetInt32());
        Assert.Equal(2, result.GetProperty("byLevel").GetProperty("grid").GetInt32());
        var (found, located) = await SendAsync(HttpMethod.Get, "/api/grid/locate?lat=30.005&lon=60.015", token);
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal("IMP-G2", located.GetProperty("grid").GetProperty("code").GetString());
        Assert.Equal("IMP-S1", located.GetProperty("street").GetProperty("code").GetString());
        Assert.Equal(5, await Eventually.CountAsync(
            () => platform.App.CountAsync("party-db", "SELECT count(*) FROM known_units WHERE \"District\" = $1", "import-district"), 5, Patience));
    }

    [Fact]
    public async Task A_failing_import_lists_each_feature_problem_and_imports_nothing()
    {
        var token = await platform.TokenAsync("import-refused");
        var collection = new
        {
            type = "FeatureCollection",
            features = new[]
            {
                Feature("street", "Street", "REF-S1", null),
                Feature("community", "Community", "REF-C1", "REF-S1"),
                Feature("grid", "Grid A", "REF-G1", "REF-C1", Territory.Square(61.00, 30, 0.01)),
                Feature("grid", "Overlapping", "REF-G2", "REF-C1", Territory.Square(61.005, 30, 0.01)),
                Feature("village", "Unknown level", "REF-V1", "REF-S1"),
            },
        };

        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/grid/units/import", token, collection);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var failures = problem.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal([3, 4], failures.Select(f => f.GetProperty("index").GetInt32()));
        Assert.Contains("overlaps", failures[0].GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        var (_, units) = await SendAsync(HttpMethod.Get, "/api/grid/units", token);
        Assert.Equal(0, units.GetProperty("totalCount").GetInt32());

        var (notCollection, _) = await SendAsync(HttpMethod.Post, "/api/grid/units/import", token, new { type = "Feature" });
        Assert.Equal(HttpStatusCode.BadRequest, notCollection);
    }

    [Fact]
    public async Task Renames_and_moves_reach_the_other_services_copies()
    {
        const string district = "reshaped-district";
        var token = await platform.TokenAsync(district);
        var (street, community) = await platform.CreateCommunityAsync(token, "Old");
        var otherCommunity = await platform.CreateUnitAsync(token, new { level = "community", parentId = street, name = "Other" });
        var grid = await platform.CreateGridAsync(token, community, 70, 30);
        await platform.CreateGridAsync(token, otherCommunity, 70.005, 30);

        var (renamed, _) = await SendAsync(HttpMethod.Post, $"/api/grid/units/{community}/rename", token, new { name = "New Name" });
        Assert.Equal(HttpStatusCode.OK, renamed);
        var (overlapping, _) = await SendAsync(HttpMethod.Post, $"/api/grid/units/{grid}/move", token, new { parentId = otherCommunity });
        Assert.Equal(HttpStatusCode.Conflict, overlapping);
        var (wrongLevel, _) = await SendAsync(HttpMethod.Post, $"/api/grid/units/{grid}/move", token, new { parentId = street });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongLevel);
        var (reported, reportedCase) = await SendAsync(HttpMethod.Post, "/api/grid/cases", token, new
        {
            category = "road-damage", title = "Pothole", description = "A deep pothole at the east gate.", gridId = grid,
            reporter = new { name = "Li Na", phone = "13812345678" },
        });
        Assert.Equal(HttpStatusCode.Created, reported);
        var thirdCommunity = await platform.CreateUnitAsync(token, new { level = "community", parentId = street, name = "Third" });
        var (moved, movedGrid) = await SendAsync(HttpMethod.Post, $"/api/grid/units/{grid}/move", token, new { parentId = thirdCommunity });
        Assert.Equal(HttpStatusCode.OK, moved);
        Assert.Equal(thirdCommunity, movedGrid.GetProperty("parentId").GetGuid());
        var (_, followed) = await SendAsync(HttpMethod.Get, $"/api/grid/cases?unitId={thirdCommunity}", token);
        Assert.Equal(reportedCase.GetProperty("id").GetGuid(), Assert.Single(followed.GetProperty("items").EnumerateArray().ToList()).GetProperty("id").GetGuid());

        foreach (var service in new[] { "volunteers", "events", "party" })
        {
            Assert.Equal(1, await Eventually.CountAsync(
                () => platform.App.CountAsync($"{service}-db", "SELECT count(*) FROM known_units WHERE \"Id\" = $1 AND \"Name\" = 'New Name'", community), 1, Patience));
            Assert.Equal(1, await Eventually.CountAsync(
                () => platform.App.CountAsync($"{service}-db", "SELECT count(*) FROM known_units WHERE \"Id\" = $1 AND \"ParentId\" = $2", grid, thirdCommunity), 1, Patience));
        }

        var (unknown, _) = await SendAsync(HttpMethod.Post, $"/api/grid/units/{grid}/rename", await platform.TokenAsync("someone-else"), new { name = "Taken over" });
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }
}
