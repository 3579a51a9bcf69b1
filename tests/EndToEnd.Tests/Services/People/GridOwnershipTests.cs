using System.Net;
using Governance.EndToEnd.Tests.Services.Cases;

namespace Governance.EndToEnd.Tests.Services.People;

/// <summary>
/// Grid workers of one district change people and work cases only in the grids their worker record is assigned
/// to: two workers of the same district, each assigned to one grid, and a district admin who may do it anywhere.
/// </summary>
public class GridOwnershipTests(PlatformFixture platform)
{
    private const string District = "grid-ownership";

    [Fact]
    public async Task A_grid_worker_changes_households_residents_and_visits_only_in_their_own_grid()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        var recordA = await scenario.AddWorkerAsync("own-worker-a", scenario.GridA);
        var workerA = await platform.TokenAsync(District, ["grid-worker"], "own-worker-a");
        var unassigned = await platform.TokenAsync(District, ["grid-worker"], "own-worker-none");
        var residentB = await scenario.AddResidentAsync(scenario.HouseholdB, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile);

        var (refused, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/households", workerA, new { buildingId = scenario.BuildingB, doorNumber = "9-903" });
        Assert.Equal((HttpStatusCode.Forbidden, 403), (refused, problem.GetProperty("status").GetInt32()));
        Assert.Contains(scenario.GridB.ToString(), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/households/{scenario.HouseholdB}/residents", workerA,
            new { name = "Li Na", specialGroups = Array.Empty<string>() })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Put, $"/api/grid/residents/{residentB}/special-groups", workerA,
            new { specialGroups = new[] { "elderly" } })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, "/api/grid/visits", workerA, Visit(scenario.HouseholdB, recordA))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, "/api/grid/households", unassigned,
            new { buildingId = scenario.BuildingA, doorNumber = "1-109" })).Status);

        Assert.Equal(HttpStatusCode.Created, (await scenario.SendAsync(HttpMethod.Post, "/api/grid/households", workerA,
            new { buildingId = scenario.BuildingA, doorNumber = "1-102" })).Status);
        var (added, resident) = await scenario.SendAsync(HttpMethod.Post, $"/api/grid/households/{scenario.HouseholdA}/residents", workerA,
            new { name = "Li Na", specialGroups = Array.Empty<string>() });
        Assert.True(added == HttpStatusCode.Created, resident.ToString());
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Put, $"/api/grid/residents/{resident.GetProperty("id").GetGuid()}/special-groups",
            workerA, new { specialGroups = new[] { "elderly" } })).Status);
        Assert.Equal(HttpStatusCode.Created, (await scenario.SendAsync(HttpMethod.Post, "/api/grid/visits", workerA, Visit(scenario.HouseholdA, recordA))).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Put, $"/api/grid/residents/{residentB}/special-groups", scenario.AdminToken,
            new { specialGroups = new[] { "elderly" } })).Status);
    }

    [Fact]
    public async Task Only_workers_of_the_case_s_grid_or_a_district_admin_accept_start_resolve_escalate_and_merge_it()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        await scenario.AddWorkerAsync("own-case-a", scenario.GridA);
        await scenario.AddWorkerAsync("own-case-b", scenario.GridB);
        var workerA = await platform.TokenAsync(District, ["grid-worker"], "own-case-a");
        var workerB = await platform.TokenAsync(District, ["grid-worker"], "own-case-b");
        var resident = await platform.TokenAsync(District, ["resident"], "own-case-resident");
        var inB = await ReportAsync(resident, scenario.GridB);
        var duplicate = await ReportAsync(resident, scenario.GridB);
        var escalating = await ReportAsync(resident, scenario.GridB);

        var (refused, problem) = await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{inB}/accept", workerA);
        Assert.Equal((HttpStatusCode.Forbidden, 403), (refused, problem.GetProperty("status").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{inB}/accept", workerB)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{inB}/start", workerA)).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{inB}/start", scenario.AdminToken)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{inB}/resolve", workerA, new { resolution = "x" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{inB}/resolve", workerB, new { resolution = "Fixed" })).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{duplicate}/merge", workerA, new { originalId = inB })).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{duplicate}/merge", workerB, new { originalId = inB })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{escalating}/escalate", workerA, new { reason = "x" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{escalating}/escalate", workerB, new { reason = "Needs the community" })).Status);
    }

    [Fact]
    public async Task In_a_district_configured_unrestricted_any_of_its_grid_workers_works_in_every_grid()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, PlatformFixture.UnrestrictedGridDistrict);
        var unassigned = await platform.TokenAsync(scenario.District, ["grid-worker"], "free-worker");
        var item = await ReportAsync(unassigned, scenario.GridB);

        Assert.Equal(HttpStatusCode.OK, (await scenario.SendAsync(HttpMethod.Post, $"/api/grid/cases/{item}/accept", unassigned)).Status);
        Assert.Equal(HttpStatusCode.Created, (await scenario.SendAsync(HttpMethod.Post, "/api/grid/households", unassigned,
            new { buildingId = scenario.BuildingB, doorNumber = "9-904" })).Status);
    }

    private static object Visit(Guid householdId, Guid workerId) => new
    {
        householdId,
        workerId,
        visitedAt = DateTimeOffset.UtcNow.AddHours(-1),
        visitors = new[] { new { name = "Wang Li", role = "grid-worker" } },
    };

    private async Task<Guid> ReportAsync(string token, Guid grid)
    {
        var (status, created) = await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", token, CasesApiTests.NewCase(grid));
        Assert.True(status == HttpStatusCode.Created, created.ToString());
        return created.GetProperty("id").GetGuid();
    }
}
