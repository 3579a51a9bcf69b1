using System.Diagnostics;

namespace Governance.Seeder;

/// <summary>
/// Seeds a synthetic district through the gateway: its whole territory in one import, then
/// households and residents in every building, then <paramref name="cases"/> open cases. Running
/// it again on a seeded district skips the territory and adds people and cases again.
/// </summary>
public sealed class DistrictSeeder(HttpClient gateway, string districtName, DistrictShape shape, int parallelism = 8, int cases = 0)
{
    public async Task RunAsync(TextWriter log)
    {
        var client = await GatewayClient.ConnectAsync(gateway, districtName);
        var district = new SyntheticDistrict(shape);
        var watch = Stopwatch.StartNew();
        if (await client.HasUnitsAsync())
        {
            await log.WriteLineAsync($"District '{districtName}' already has units: the territory import is skipped.");
        }
        else
        {
            var units = district.Units().ToList();
            await log.WriteLineAsync($"Importing {units.Count:N0} units ({district.GridCount:N0} grids) into '{districtName}'...");
            var created = await client.ImportAsync(units);
            await log.WriteLineAsync($"Imported {created:N0} units in {watch.Elapsed.TotalSeconds:F1} s.");
        }

        if (shape.HouseholdsPerBuilding > 0 && shape.BuildingsPerGrid > 0)
        {
            await new PeopleSeeder(client, district, parallelism, log).RunAsync();
        }

        var caseSeeder = new CaseSeeder(client, district, parallelism, log);
        await caseSeeder.DefineCategoriesAsync();
        if (cases > 0)
        {
            await caseSeeder.RunAsync(cases);
        }

        await log.WriteLineAsync($"Seeded '{districtName}' in {watch.Elapsed.TotalSeconds:F1} s.");
    }
}
