using System.Globalization;

namespace Governance.Seeder;

/// <summary>Adds households and residents to every building of the district, a few requests at a time, with a progress line.</summary>
internal sealed class PeopleSeeder(GatewayClient client, SyntheticDistrict district, int parallelism, TextWriter log)
{
    private static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo"];
    private static readonly string[] GivenNames = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Jun", "Yang", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiu", "Hua"];

    public async Task RunAsync()
    {
        var buildings = await BuildingsAsync();
        var total = buildings.Count * district.Shape.HouseholdsPerBuilding;
        var done = 0;
        using var progress = new SeedProgress(log, "households", total);
        await Parallel.ForEachAsync(buildings, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (building, _) =>
        {
            for (var h = 0; h < district.Shape.HouseholdsPerBuilding; h++)
            {
                var household = await client.PostAsync("/api/grid/households", new
                {
                    buildingId = building.Id,
                    doorNumber = string.Create(CultureInfo.InvariantCulture, $"{h / 2 + 1}{h % 2 + 1:D2}"),
                });
                var householdId = household.GetProperty("id").GetGuid();
                var random = new Random(district.Shape.Seed ^ StableHash($"{building.Code}/{h}"));
                foreach (var resident in Residents(random, building.Code))
                {
                    await client.PostAsync($"/api/grid/households/{householdId}/residents", resident);
                }

                progress.Report(Interlocked.Increment(ref done));
            }
        });
    }

    private async Task<List<(Guid Id, string Code)>> BuildingsAsync()
    {
        var buildings = new List<(Guid, string)>();
        for (var page = 1; ; page++)
        {
            var result = await client.GetAsync($"/api/grid/units?level=building&page={page}&pageSize=200");
            buildings.AddRange(result.GetProperty("items").EnumerateArray().Select(b => (b.GetProperty("id").GetGuid(), b.GetProperty("code").GetString()!)));
            if (page >= result.GetProperty("totalPages").GetInt32())
            {
                return buildings;
            }
        }
    }

    private IEnumerable<object> Residents(Random random, string buildingCode)
    {
        var count = district.Shape.ResidentsPerHousehold;
        var surname = Surnames[random.Next(Surnames.Length)];
        for (var r = 0; r < count; r++)
        {
            var birthDate = new DateOnly(1935, 1, 1).AddDays(random.Next(365 * 88));
            var age = 2026 - birthDate.Year;
            var groups = new List<string>();
            if (age >= 65)
            {
                groups.Add(count == 1 ? "elderly-living-alone" : "elderly");
            }

            if (age < 18)
            {
                groups.Add("minor");
            }

            if (random.NextDouble() < 0.02)
            {
                groups.Add("disabled");
            }

            yield return new
            {
                name = $"{surname} {GivenNames[random.Next(GivenNames.Length)]}",
                idNumber = IdNumber(buildingCode[..6], birthDate, random.Next(1000)),
                phone = string.Create(CultureInfo.InvariantCulture, $"13{random.Next(100_000_000, 999_999_999)}"),
                birthDate,
                specialGroups = groups,
            };
        }
    }

    /// <summary>A GB 11643 resident ID number: area, birth date, sequence, then the ISO 7064 MOD 11-2 check character.</summary>
    public static string IdNumber(string area, DateOnly birthDate, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{area}{birthDate:yyyyMMdd}{sequence:D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    private static int StableHash(string text) => text.Aggregate(unchecked((int)2166136261), (hash, c) => unchecked((hash ^ c) * 16777619));
}
