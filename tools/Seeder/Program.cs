using Governance.Seeder;

// Seeds a synthetic district through the gateway: its whole territory in one import, then
// households and residents in every building, then open cases. Deterministic from --seed.
var options = SeedOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SeedOptions.Usage);
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(options.Gateway), Timeout = TimeSpan.FromMinutes(10) };
await new DistrictSeeder(http, options.District, options.Shape, options.Parallelism, options.Cases).RunAsync(Console.Out);
return 0;

internal sealed record SeedOptions(string Gateway, string District, int Parallelism, int Cases, DistrictShape Shape)
{
    public const string Usage = """
        usage: seed [--gateway http://localhost:8080] [--district lunan] [--seed 42] [--streets 12]
                    [--communities 20] [--grids 20] [--buildings 4] [--households 2] [--residents 2] [--cases 0]
                    [--parallelism 8]
          --communities, --grids, --buildings, --households and --residents are per parent unit;
          the defaults make Lunan's scale: 4,800 grids. --cases reports that many open cases at
          random points of the district, in 20 categories.
        """;

    private static readonly string[] Known = ["gateway", "district", "seed", "streets", "communities", "grids", "buildings", "households", "residents", "cases", "parallelism"];

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
            Number("cases", 0),
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
