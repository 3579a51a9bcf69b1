using System.Net;

namespace Governance.EndToEnd.Tests.Services.People;

/// <summary>Workers, households, residents and visits of one district are invisible to another.</summary>
public class PeopleIsolationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Another_districts_ids_answer_404_and_cannot_be_referenced()
    {
        var home = await PeopleScenario.CreateAsync(platform, "people-home");
        var resident = await home.AddResidentAsync(home.HouseholdA, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile);
        var worker = await home.AddWorkerAsync("home-worker", home.GridA);
        var (recorded, visit) = await home.SendAsync(HttpMethod.Post, "/api/grid/visits", home.AdminToken, new
        {
            householdId = home.HouseholdA,
            visitedAt = DateTimeOffset.UtcNow.AddHours(-1),
            workerId = worker,
            visitors = new[] { new { name = "Wang Li", role = "grid-worker" } },
        });
        Assert.Equal(HttpStatusCode.Created, recorded);

        var away = await platform.TokenAsync("people-away", ["district-admin"], "e2e-admin");
        foreach (var path in new[]
                 {
                     $"/api/grid/residents/{resident}", $"/api/grid/households/{home.HouseholdA}", $"/api/grid/workers/{worker}",
                     $"/api/grid/visits/{visit.GetProperty("id").GetGuid()}", $"/api/grid/units/{home.GridA}/workers",
                 })
        {
            var (status, problem) = await home.GetAsync(path, away);
            Assert.True(status == HttpStatusCode.NotFound, $"{path} answered {status}");
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        }

        var (residents, page) = await home.GetAsync($"/api/grid/residents?unitId={home.GridA}", away);
        Assert.Equal(HttpStatusCode.OK, residents);
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());

        var (household, problemDetail) = await home.SendAsync(HttpMethod.Post, "/api/grid/households", away,
            new { buildingId = home.BuildingA, doorNumber = "1-101" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, household);
        Assert.Contains("buildingId", problemDetail.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (assignment, _) = await home.SendAsync(HttpMethod.Post, $"/api/grid/workers/{worker}/assignments", away,
            new { gridId = home.GridA, duty = "all" });
        Assert.Equal(HttpStatusCode.NotFound, assignment);

        var (visitElsewhere, visitProblem) = await home.SendAsync(HttpMethod.Post, "/api/grid/visits", away, new
        {
            householdId = home.HouseholdA,
            visitedAt = DateTimeOffset.UtcNow,
            groupId = Guid.NewGuid(),
            visitors = new[] { new { name = "Liu", role = "party-representative" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, visitElsewhere);
        Assert.Contains("householdId", visitProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_household_must_be_in_a_building_and_a_worker_assigned_to_a_grid()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, "people-rules");

        var (notBuilding, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/households", scenario.AdminToken,
            new { buildingId = scenario.GridA, doorNumber = "1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notBuilding);
        Assert.Contains("buildingId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (sameDoor, _) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/households", scenario.AdminToken,
            new { buildingId = scenario.BuildingA, doorNumber = "1-101" });
        Assert.Equal(HttpStatusCode.Conflict, sameDoor);

        var worker = await scenario.AddWorkerAsync("rules-worker", scenario.GridA);
        var (notGrid, gridProblem) = await scenario.SendAsync(HttpMethod.Post, $"/api/grid/workers/{worker}/assignments", scenario.AdminToken,
            new { gridId = scenario.BuildingA, duty = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notGrid);
        Assert.Contains("gridId", gridProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (missing, validation) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/workers", scenario.AdminToken,
            new { name = "", phone = "555", employment = "full-time" });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.True(validation.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(validation.GetProperty("errors").TryGetProperty("phone", out _));

        var (byGrid, page) = await scenario.GetAsync($"/api/grid/workers?gridId={scenario.GridA}", scenario.AdminToken);
        Assert.Equal(HttpStatusCode.OK, byGrid);
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("full-time", page.GetProperty("items")[0].GetProperty("employment").GetString());
    }
}
