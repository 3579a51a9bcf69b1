using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>Builds territory through the gateway for tests that need streets, communities and grids.</summary>
public static class Territory
{
    /// <summary>A GeoJSON Polygon: the square with its south-west corner at (lon, lat).</summary>
    public static object Square(double lon, double lat, double size) => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { lon, lat }, [lon + size, lat], [lon + size, lat + size], [lon, lat + size], new[] { lon, lat } } },
    };

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostUnitAsync(this PlatformFixture platform, string token, object body)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, body));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<Guid> CreateUnitAsync(this PlatformFixture platform, string token, object body)
    {
        var (status, created) = await platform.PostUnitAsync(token, body);
        Assert.True(status == HttpStatusCode.Created, $"Creating a unit answered {(int)status}: {created}");
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A street with one community: the place to put test grids.</summary>
    public static async Task<(Guid Street, Guid Community)> CreateCommunityAsync(this PlatformFixture platform, string token, string name = "Test")
    {
        var street = await platform.CreateUnitAsync(token, new { level = "street", name = $"{name} Street" });
        var community = await platform.CreateUnitAsync(token, new { level = "community", parentId = street, name = $"{name} Community" });
        return (street, community);
    }

    public static Task<Guid> CreateGridAsync(this PlatformFixture platform, string token, Guid communityId, double lon, double lat, double size = 0.01, string name = "Grid") =>
        platform.CreateUnitAsync(token, new { level = "grid", parentId = communityId, name, boundary = Square(lon, lat, size) });

    /// <summary>
    /// Puts a category the default catalogue lacks into the district's catalogue, such as one the
    /// fixture gives a seconds-long SLA (again: no change).
    /// </summary>
    public static async Task DefineCategoryAsync(this PlatformFixture platform, string token, string code)
    {
        var (status, body) = await platform.SendAsync(HttpMethod.Put, $"/api/grid/categories/{code}", token, new { name = code });
        Assert.True(status == HttpStatusCode.OK, $"Defining category '{code}' answered {(int)status}: {body}");
    }
}
