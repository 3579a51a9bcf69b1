using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>The grid service's territory units, through the gateway, against the real database.</summary>
[Collection(SharedPlatform.Name)]
public class UnitsApiTests(PlatformFixture platform)
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string token, object body)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, body));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task A_grid_is_returned_with_its_community_and_street()
    {
        var token = await platform.TokenAsync("ladder-district");
        var (_, street) = await PostAsync(token, new { level = "street", name = "Xuefeng Street", code = "130202001" });
        var (_, community) = await PostAsync(token, new { level = "community", parentId = street.GetProperty("id").GetString(), name = "Xiaoshan Community" });
        var (status, grid) = await PostAsync(token, new { level = "grid", parentId = community.GetProperty("id").GetString(), name = "Grid 3" });
        Assert.Equal(HttpStatusCode.Created, status);

        using var response = await platform.Gateway.SendAsync(
            PlatformFixture.Request(HttpMethod.Get, $"/api/grid/units/{grid.GetProperty("id").GetString()}", token));
        var details = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("grid", details.GetProperty("level").GetString());
        var ancestors = details.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("level").GetString()).ToList();
        Assert.Equal(["community", "street"], ancestors);

        using var children = await platform.Gateway.SendAsync(PlatformFixture.Request(
            HttpMethod.Get, $"/api/grid/units?parentId={community.GetProperty("id").GetString()}&page=1&pageSize=10", token));
        var page = await children.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("Grid 3", page.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Breaking_the_ladder_is_a_422_problem()
    {
        var token = await platform.TokenAsync("lunan");
        var (status, problem) = await PostAsync(token, new { level = "grid", name = "Orphan grid" });

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
}
