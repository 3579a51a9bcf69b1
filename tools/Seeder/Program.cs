using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Seeder;

// Seeds a synthetic district through the gateway: its whole territory in one import, then
// households and residents in every building. Deterministic from --seed.
var options = SeedOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SeedOptions.Usage);
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(options.Gateway), Timeout = TimeSpan.FromMinutes(10) };
var client = await GatewayClient.ConnectAsync(http, options.District);
var district = new SyntheticDistrict(options.Shape);
var watch = Stopwatch.StartNew();

if (await client.HasUnitsAsync())
{
    Console.WriteLine($"District '{options.District}' already has units: the territory import is skipped.");
}
else
{
    var units = district.Units().ToList();
    Console.WriteLine($"Importing {units.Count:N0} units ({district.GridCount:N0} grids) into '{options.District}'...");
    var created = await client.ImportAsync(units);
    Console.WriteLine($"Imported {created:N0} units in {watch.Elapsed.TotalSeconds:F1} s.");
}

if (options.Shape.HouseholdsPerBuilding > 0)
{
    await new PeopleSeeder(client, district, options.Parallelism).RunAsync();
}

Console.WriteLine($"Seeded '{options.District}' in {watch.Elapsed.TotalSeconds:F1} s.");
return 0;

internal sealed record SeedOptions(string Gateway, string District, int Parallelism, DistrictShape Shape)
{
    public const string Usage = """
        usage: seed [--gateway http://localhost:8080] [--district lunan] [--seed 42] [--streets 12]
                    [--communities 20] [--grids 20] [--buildings 4] [--households 2] [--residents 2] [--parallelism 8]
          --communities, --grids, --buildings, --households and --residents are per parent unit;
          the defaults make Lunan's scale: 4,800 grids.
        """;

    private static readonly string[] Known = ["gateway", "district", "seed", "streets", "communities", "grids", "buildings", "households", "residents", "parallelism"];

    public static SeedOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        var shape = new DistrictShape();
        int Number(string key, int fallback) => values.TryGetValue(key, out var v) && int.TryParse(v, out var n) && n >= 0 ? n : fallback;
        if (values.Keys.Except(Known).Any())
        {
            return null;
        }

        return new SeedOptions(
            values.GetValueOrDefault("gateway", "http://localhost:8080"),
            values.GetValueOrDefault("district", "lunan"),
            Math.Max(1, Number("parallelism", 8)),
            shape with
            {
                Seed = Number("seed", shape.Seed),
                Streets = Math.Max(1, Number("streets", shape.Streets)),
                CommunitiesPerStreet = Math.Max(1, Number("communities", shape.CommunitiesPerStreet)),
                GridsPerCommunity = Math.Max(1, Number("grids", shape.GridsPerCommunity)),
                BuildingsPerGrid = Number("buildings", shape.BuildingsPerGrid),
                HouseholdsPerBuilding = Number("households", shape.HouseholdsPerBuilding),
                ResidentsPerHousehold = Number("residents", shape.ResidentsPerHousehold),
            });
    }
}

/// <summary>The calls the seeder makes, as a district administrator with a development token.</summary>
internal sealed class GatewayClient(HttpClient http)
{
    private static readonly string[] AdministratorRoles = ["district-admin"];

    public static async Task<GatewayClient> ConnectAsync(HttpClient http, string district)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", new { district, roles = AdministratorRoles, sub = "seeder" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /dev/token answered {(int)response.StatusCode}: the seeder needs a gateway running in Development.");
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new GatewayClient(http);
    }

    public async Task<bool> HasUnitsAsync()
    {
        var page = await GetAsync("/api/grid/units?pageSize=1");
        return page.GetProperty("totalCount").GetInt32() > 0;
    }

    public async Task<int> ImportAsync(IEnumerable<SyntheticUnit> units)
    {
        var collection = new
        {
            type = "FeatureCollection",
            features = units.Select(u => new
            {
                type = "Feature",
                properties = new { level = u.Level, name = u.Name, code = u.Code, parentCode = u.ParentCode },
                geometry = u.Ring is null ? null : new { type = "Polygon", coordinates = new[] { u.Ring } },
            }),
        };
        using var response = await http.PostAsJsonAsync("/api/grid/units/import", collection);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The import answered {(int)response.StatusCode}: {body}");
        }

        return body.GetProperty("created").GetInt32();
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
    }

    public async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode ? answer : throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {answer}");
    }
}
