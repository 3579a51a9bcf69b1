using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Contracts.Grid;

namespace Governance.EndToEnd.Tests.Services.Cases;

/// <summary>Cases through the gateway on the real database and broker; the SLA timer runs in both grid replicas.</summary>
public class CasesApiTests(PlatformFixture platform)
{
    /// <summary>The fixture gives this category two-second SLAs at every level.</summary>
    private const string TimerCategory = "e2e-timer";

    private const string District = "cases-e2e";

    private Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null) =>
        platform.SendAsync(method, path, token, body);

    private static int ladders;

    /// <summary>A street, a community in it and a grid in that; each ladder's grid is a square of its own, so boundaries never overlap.</summary>
    private async Task<(Guid Street, Guid Community, Guid Grid, (double Lon, double Lat) Corner)> LadderAsync(string token)
    {
        // 0.01° squares, 0.02° apart.
        var corner = (Lon: 118.0 + (Interlocked.Increment(ref ladders) * 0.02), Lat: 39.5);
        var (street, community) = await platform.CreateCommunityAsync(token, "Case");
        var grid = await platform.CreateGridAsync(token, community, corner.Lon, corner.Lat);
        return (street, community, grid, corner);
    }

    /// <summary>A case report for the grid; other tests that need a case to work on report this one too.</summary>
    internal static object NewCase(Guid gridId, string category = "road-damage", string? requiredSkill = null) => new
    {
        category,
        title = "Pothole by gate 3",
        description = "Deep enough to break an ankle.",
        gridId,
        reporter = new { name = "Wang Fang", phone = "13812345678" },
        requiredSkill,
    };

    private async Task<JsonElement> ReportAsync(string token, object body)
    {
        var (status, created) = await SendAsync(HttpMethod.Post, "/api/grid/cases", token, body);
        Assert.True(status == HttpStatusCode.Created, $"{status}: {created}");
        return created;
    }

    [Fact]
    public async Task A_case_is_worked_from_reported_to_closed_and_its_history_says_who_did_what()
    {
        var token = await platform.TokenAsync(District, sub: "worker-7");
        var (street, community, grid, _) = await LadderAsync(token);

        var created = await ReportAsync(token, NewCase(grid));
        Assert.Equal("reported", created.GetProperty("status").GetString());
        Assert.Equal("grid", created.GetProperty("level").GetString());
        Assert.Equal(grid, created.GetProperty("gridId").GetGuid());
        Assert.True(created.GetProperty("dueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(2));
        var id = created.GetProperty("id").GetGuid();

        foreach (var (action, body) in new (string, object?)[] { ("accept", null), ("start", null), ("resolve", new { resolution = "Filled" }) })
        {
            var (status, _) = await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/{action}", token, body);
            Assert.Equal(HttpStatusCode.OK, status);
        }

        var (closed, item) = await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/close", token, new { satisfaction = 5, comment = "Fast" });
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal("closed", item.GetProperty("status").GetString());
        Assert.Equal(community, item.GetProperty("communityId").GetGuid());
        Assert.Equal(street, item.GetProperty("streetId").GetGuid());
        Assert.Equal("138****5678", item.GetProperty("reporter").GetProperty("phone").GetString());
        Assert.DoesNotContain("12345678", item.ToString(), StringComparison.Ordinal);
        var history = item.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["report", "accept", "start", "resolve", "close"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.All(history, h => Assert.Equal("worker-7", h.GetProperty("by").GetString()));
        Assert.Equal("in-progress", history[3].GetProperty("fromStatus").GetString());

        var (conflict, problem) = await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/start", token);
        Assert.Equal(HttpStatusCode.Conflict, conflict);
        Assert.Equal("closed", problem.GetProperty("state").GetString());
        Assert.Contains("closed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (_, stats) = await SendAsync(HttpMethod.Get, $"/api/grid/stats/resolution?unitId={street}", token);
        Assert.Equal(1, stats.GetProperty("resolvedAtGrid").GetInt32());
        Assert.Equal(1.0, stats.GetProperty("gridResolutionRate").GetDouble());
    }

    [Fact]
    public async Task Another_districts_case_is_404_and_lists_do_not_show_it()
    {
        var token = await platform.TokenAsync(District);
        var (street, _, grid, _) = await LadderAsync(token);
        var id = (await ReportAsync(token, NewCase(grid))).GetProperty("id").GetGuid();

        var stranger = await platform.TokenAsync("cases-e2e-other");
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/grid/cases/{id}", stranger)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/accept", stranger)).Status);
        var (_, theirs) = await SendAsync(HttpMethod.Get, $"/api/grid/cases?unitId={street}", stranger);
        Assert.Equal(0, theirs.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SendAsync(HttpMethod.Post, "/api/grid/cases", stranger, NewCase(grid))).Status);

        var (_, ours) = await SendAsync(HttpMethod.Get, $"/api/grid/cases?unitId={street}&status=reported&level=grid&band=green&page=1&pageSize=10", token);
        Assert.Equal(id, ours.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.False(ours.GetProperty("items")[0].TryGetProperty("history", out _));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_fields_and_a_manual_escalation_climbs_one_level()
    {
        var token = await platform.TokenAsync(District);
        var (_, community, grid, _) = await LadderAsync(token);

        var (invalid, validation) = await SendAsync(HttpMethod.Post, "/api/grid/cases", token,
            new { category = "Not A Slug", title = "", reporter = new { name = "x", phone = "abc" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        var errors = validation.GetProperty("errors");
        foreach (var field in new[] { "category", "title", "description", "gridId", "reporter.phone" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "/api/grid/cases?band=blue", token)).Status);

        var id = (await ReportAsync(token, NewCase(grid))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/escalate", token, new { reason = "" })).Status);
        var (escalated, item) = await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/escalate", token, new { reason = "Needs the community" });
        Assert.Equal(HttpStatusCode.OK, escalated);
        Assert.Equal(("community", "reported"), (item.GetProperty("level").GetString(), item.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/close", token, new { satisfaction = 9 })).Status);

        var (_, atCommunity) = await SendAsync(HttpMethod.Get, $"/api/grid/cases?unitId={community}&level=community", token);
        Assert.Equal(1, atCommunity.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_second_report_of_the_same_problem_is_offered_as_a_duplicate_and_can_be_merged()
    {
        var token = await platform.TokenAsync(District);
        var (_, _, grid, _) = await LadderAsync(token);
        var original = (await ReportAsync(token, NewCase(grid, "street-lights"))).GetProperty("id").GetGuid();
        await ReportAsync(token, NewCase(grid, "noise"));

        var second = await ReportAsync(token, NewCase(grid, "street-lights"));
        var duplicates = second.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([original], duplicates);

        var id = second.GetProperty("id").GetGuid();
        var (merged, item) = await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/merge", token, new { originalId = original });
        Assert.Equal(HttpStatusCode.OK, merged);
        Assert.Equal("closed", item.GetProperty("status").GetString());
        Assert.Equal(original, item.GetProperty("mergedInto").GetGuid());

        var (_, originalCase) = await SendAsync(HttpMethod.Get, $"/api/grid/cases/{original}", token);
        Assert.Equal([id], originalCase.GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/merge", token, new { originalId = original })).Status);
    }

    [Fact]
    public async Task A_case_nobody_handles_climbs_from_grid_to_street_by_timer_exactly_once_per_level()
    {
        await using var listener = await CaseEventListener.StartAsync(platform.App);
        var token = await platform.TokenAsync(District);
        var (street, community, grid, _) = await LadderAsync(token);
        await platform.DefineCategoryAsync(token, TimerCategory);

        var id = (await ReportAsync(token, NewCase(grid, TimerCategory, requiredSkill: "medical-first-aid"))).GetProperty("id").GetGuid();

        var escalations = await listener.WaitForAsync<CaseEscalated>(e => e.CaseId == id, 2, TimeSpan.FromSeconds(60));
        Assert.Equal(2, escalations.Count);
        Assert.Equal(("grid", "community", community), (escalations[0].FromLevel, escalations[0].ToLevel, escalations[0].ResponsibleUnitId));
        Assert.Equal(("community", "street", street), (escalations[1].FromLevel, escalations[1].ToLevel, escalations[1].ResponsibleUnitId));
        Assert.All(escalations, e => Assert.True(e.Automatic));
        Assert.All(escalations, e => Assert.Equal(District, e.District));
        // What a consumer reading no grid database needs: the ladder, the band, and the reporting account (the token's sub).
        Assert.All(escalations, e => Assert.Equal((grid, community, street, "e2e-user"), (e.GridId!.Value, e.CommunityId!.Value, e.StreetId!.Value, e.ReporterAccount)));
        Assert.All(escalations, e => Assert.Contains(e.Band, new[] { "green", "amber", "red" }));
        var reported = Assert.Single(await listener.WaitForAsync<CaseReported>(e => e.CaseId == id, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(("green", "e2e-user"), (reported.Band, reported.ReporterAccount));
        Assert.Equal("medical-first-aid", Assert.Single(await listener.WaitForAsync<AssistanceRequested>(e => e.CaseId == id, 1, TimeSpan.FromSeconds(10))).Skill);

        // The street deadline passes too: the case is marked overdue once, and nothing climbs further.
        var item = await Eventually.ReadAsync(
            async () => (await SendAsync(HttpMethod.Get, $"/api/grid/cases/{id}", token)).Body, c => c.GetProperty("overdue").GetBoolean(), TimeSpan.FromSeconds(10));

        Assert.True(item.GetProperty("overdue").GetBoolean(), item.ToString());
        Assert.Equal(("street", "red"), (item.GetProperty("level").GetString(), item.GetProperty("band").GetString()));
        var automatic = item.GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("by").GetString() == "system:sla-timer")
            .Select(h => (h.GetProperty("action").GetString(), h.GetProperty("level").GetString()))
            .ToList();
        Assert.Equal([("escalate", "community"), ("escalate", "street"), ("overdue", "street")], automatic);
        var overdue = Assert.Single(await listener.WaitForAsync<CaseOverdue>(e => e.CaseId == id, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(("street", street, "red", "e2e-user"), (overdue.Level, overdue.ResponsibleUnitId, overdue.Band, overdue.ReporterAccount));
        Assert.Equal((grid, community, street), (overdue.GridId, overdue.CommunityId, overdue.StreetId));
        // The volunteer service has nobody with the skill in this district, and says so on the case.
        item = await Eventually.ReadAsync(
            async () => (await SendAsync(HttpMethod.Get, $"/api/grid/cases/{id}", token)).Body,
            c => c.GetProperty("assistance").GetProperty("status").GetString() == "unmatched", TimeSpan.FromSeconds(30));

        Assert.Equal("unmatched", item.GetProperty("assistance").GetProperty("status").GetString());

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2, listener.Of<CaseEscalated>(e => e.CaseId == id).Count);
        Assert.Single(listener.Of<CaseOverdue>(e => e.CaseId == id));
    }

    [Fact]
    public async Task A_case_reported_by_location_lands_in_the_grid_containing_it_and_a_point_in_no_grid_is_422()
    {
        var token = await platform.TokenAsync(District);
        var (_, _, grid, (lon, lat)) = await LadderAsync(token);
        object At(double latitude, double longitude) => new
        {
            category = "garbage",
            title = "Rubbish heap",
            description = "Behind building 2.",
            location = new { lat = latitude, lon = longitude },
            reporter = new { name = "Li Na", phone = "13900001111" },
        };

        var first = await ReportAsync(token, At(lat + 0.005, lon + 0.005));
        Assert.Equal(grid, first.GetProperty("gridId").GetGuid());

        // About 30 metres north: the same heap, most likely.
        var second = await ReportAsync(token, At(lat + 0.00527, lon + 0.005));
        var duplicate = Assert.Single(second.GetProperty("possibleDuplicates").EnumerateArray());
        Assert.Equal(first.GetProperty("id").GetGuid(), duplicate.GetProperty("id").GetGuid());
        Assert.InRange(duplicate.GetProperty("distanceMeters").GetDouble(), 25, 35);

        var (_, item) = await SendAsync(HttpMethod.Get, $"/api/grid/cases/{second.GetProperty("id").GetGuid()}", token);
        Assert.Equal(lat + 0.00527, item.GetProperty("location").GetProperty("lat").GetDouble(), 9);

        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/grid/cases", token, At(lat - 1, lon - 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("no grid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
