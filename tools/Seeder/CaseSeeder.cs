namespace Governance.Seeder;

/// <summary>
/// Reports open cases at random points of the district, in 20 categories, through the gateway as
/// residents would: a backlog to measure case reporting against (bench/cases.sh).
/// </summary>
internal sealed class CaseSeeder(GatewayClient client, SyntheticDistrict district, int parallelism, TextWriter log)
{
    public const int Categories = 20;

    /// <summary>
    /// Defines the 20 categories in the district's catalogue (again: no change), so that cases of them
    /// are accepted, the seeder's and the benchmark's alike.
    /// </summary>
    public async Task DefineCategoriesAsync()
    {
        foreach (var code in Enumerable.Range(1, Categories).Select(Category))
        {
            await client.PutAsync($"/api/grid/categories/{code}", new { name = $"Seeded {code}", group = "Seeded" });
        }
    }

    public async Task RunAsync(int count)
    {
        var (west, south, east, north) = district.Extent;
        var done = 0;
        using var progress = new SeedProgress(log, "cases", count);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
        {
            var random = new Random(district.Shape.Seed ^ i);
            await client.PostAsync("/api/grid/cases", new
            {
                category = Category(random.Next(Categories) + 1),
                title = "Seeded case",
                description = "Reported by the seeder.",
                location = new { lat = south + (random.NextDouble() * (north - south)), lon = west + (random.NextDouble() * (east - west)) },
                reporter = new { name = "Seeder", phone = "13800000000" },
            });
            progress.Report(Interlocked.Increment(ref done));
        });
    }

    private static string Category(int number) => $"category-{number}";
}
