using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Seeder;

namespace Governance.EndToEnd.Tests.Services;

/// <summary>The seeding command at a small size, through the gateway like an operator runs it.</summary>
public class SeedingTests(PlatformFixture platform)
{
    private static readonly DistrictShape Shape = new(
        Streets: 1, CommunitiesPerStreet: 2, GridsPerCommunity: 3, BuildingsPerGrid: 1, HouseholdsPerBuilding: 1, ResidentsPerHousehold: 2,
        WestLongitude: 80, SouthLatitude: 20);

    private async Task<JsonElement> GetAsync(string token, string path)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, path, token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_small_synthetic_district_is_seeded_with_locatable_grids_and_residents()
    {
        const string district = "seeded-district";
        using var gateway = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        using var log = new StringWriter(CultureInfo.InvariantCulture);

        await new DistrictSeeder(gateway, district, Shape).RunAsync(log);

        var token = await platform.TokenAsync(district);
        Assert.Equal(1 + 2 + 6 + 6, (await GetAsync(token, "/api/grid/units?pageSize=1")).GetProperty("totalCount").GetInt32());
        var (code, ring) = new SyntheticDistrict(Shape).Grids().Last();
        var (lon, lat) = (ring.Take(4).Average(c => c[0]), ring.Take(4).Average(c => c[1]));
        var located = await GetAsync(token, string.Create(CultureInfo.InvariantCulture, $"/api/grid/locate?lat={lat}&lon={lon}"));
        Assert.Equal(code, located.GetProperty("grid").GetProperty("code").GetString());
        Assert.Equal(12, (await GetAsync(token, "/api/grid/residents?pageSize=1")).GetProperty("totalCount").GetInt32());
        Assert.Contains("households: 6/6", log.ToString(), StringComparison.Ordinal);
    }
}
