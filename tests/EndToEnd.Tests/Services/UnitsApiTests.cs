using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>The grid service's territory units, through the gateway, against the real database.</summary>
[Collection(SharedDistricts.Name)]
public class UnitsApiTests(PlatformFixture platform)
{
    private Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string token, object body) => platform.PostUnitAsync(token, body);

    private async Task<JsonElement> GetAsync(string token, string path)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, path, token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_grid_is_returned_with_its_boundary_community_and_street()
    {
        var token = await platform.TokenAsync("ladder-district");
        var (street, community) = await platform.CreateCommunityAsync(token, "Xuefeng");
        var grid = await platform.CreateGridAsync(token, community, 118.1, 39.6, name: "Grid 3");

        var details = await GetAsync(token, $"/api/grid/units/{grid}");

        Assert.Equal("grid", details.GetProperty("level").GetString());
        Assert.Equal("Polygon", details.GetProperty("boundary").GetProperty("type").GetString());
        var ancestors = details.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([community, street], ancestors);

        var page = await GetAsync(token, $"/api/grid/units?parentId={community}&page=1&pageSize=10");
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("Grid 3", page.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Codes_extend_the_district_administrative_code_rung_by_rung()
    {
        var token = await platform.TokenAsync("lunan");
        var (street, community) = await platform.CreateCommunityAsync(token, "Codes");
        var grid = await platform.CreateGridAsync(token, community, 10, 10);

        var streetCode = (await GetAsync(token, $"/api/grid/units/{street}")).GetProperty("code").GetString()!;
        var communityCode = (await GetAsync(token, $"/api/grid/units/{community}")).GetProperty("code").GetString()!;
        var gridCode = (await GetAsync(token, $"/api/grid/units/{grid}")).GetProperty("code").GetString()!;

        Assert.Matches("^130202[0-9]{3}$", streetCode);
        Assert.Equal(streetCode + "001", communityCode);
        Assert.Equal(communityCode + "001", gridCode);
    }

    [Fact]
    public async Task Breaking_the_ladder_is_a_422_problem()
    {
        var token = await platform.TokenAsync("lunan");
        var (status, problem) = await PostAsync(token, new { level = "grid", name = "Orphan grid", boundary = Territory.Square(1, 1, 0.01) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("community", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_the_fields()
    {
        var token = await platform.TokenAsync("lunan");

        var (missing, validation) = await PostAsync(token, new { name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.True(validation.GetProperty("errors").TryGetProperty("level", out _));
        Assert.True(validation.GetProperty("errors").TryGetProperty("name", out _));

        var (unknownLevel, _) = await PostAsync(token, new { level = "province", name = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownLevel);

        var bowTie = new { type = "Polygon", coordinates = new[] { new[] { new[] { 0.0, 0 }, [2, 2], [2, 0], [0, 2], new[] { 0.0, 0 } } } };
        var (invalidBoundary, boundaryProblem) = await PostAsync(token, new { level = "street", name = "Bow tie", boundary = bowTie });
        Assert.Equal(HttpStatusCode.BadRequest, invalidBoundary);
        Assert.Contains("not a valid polygon", boundaryProblem.GetProperty("errors").GetProperty("boundary")[0].GetString(), StringComparison.Ordinal);

        using var malformed = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token);
        malformed.Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        using var response = await platform.Gateway.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_duplicate_code_in_the_district_is_a_409()
    {
        var token = await platform.TokenAsync("code-district");
        var (first, _) = await PostAsync(token, new { level = "street", name = "One", code = "130202555" });
        var (second, problem) = await PostAsync(token, new { level = "street", name = "Two", code = "130202555" });

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Neighbouring_grids_may_share_a_border_but_not_area()
    {
        var token = await platform.TokenAsync("overlap-district");
        var (_, community) = await platform.CreateCommunityAsync(token);
        var first = await platform.CreateGridAsync(token, community, 118.0, 39.0);
        await platform.CreateGridAsync(token, community, 118.01, 39.0);

        var (status, problem) = await PostAsync(token, new { level = "grid", parentId = community, name = "Overlapping", boundary = Territory.Square(118.005, 38.995, 0.01) });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(first, problem.GetProperty("overlappingUnitId").GetGuid());
    }
}
