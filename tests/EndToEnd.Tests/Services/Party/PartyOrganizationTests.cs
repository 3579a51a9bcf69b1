using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Party;

/// <summary>The party service's organisations, members, reports and groups through the gateway, on the real database.</summary>
public class PartyOrganizationTests(PlatformFixture platform)
{
    private const string District = "party-orgs-e2e";

    private async Task<PartyScenario> ScenarioAsync(string district = District) => new(platform, await platform.TokenAsync(district));

    private static int ladders;

    /// <summary>Street → community → two grids (one with a building): the party service knows them all before it returns.</summary>
    private static async Task<(Guid Street, Guid Community, Guid Grid1, Guid Grid2, Guid Building)> TerritoryAsync(PartyScenario party)
    {
        var lon = 116.0 + (Interlocked.Increment(ref ladders) * 0.05);
        var (street, community) = await party.Platform.CreateCommunityAsync(party.Token, "Party");
        var grid1 = await party.Platform.CreateGridAsync(party.Token, community, lon, 40.0, name: "Grid 1");
        var grid2 = await party.Platform.CreateGridAsync(party.Token, community, lon + 0.02, 40.0, name: "Grid 2");
        var building = await party.Platform.CreateUnitAsync(party.Token, new { level = "building", parentId = grid1, name = "Building 1" });
        await party.WaitForUnitsAsync(street, community, grid1, grid2, building);
        return (street, community, grid1, grid2, building);
    }

    [Fact]
    public async Task The_tree_nests_the_levels_and_coverage_lists_the_gaps()
    {
        var party = await ScenarioAsync();
        var (street, community, grid1, grid2, building) = await TerritoryAsync(party);

        var streetCommittee = await party.CreateOrganizationAsync("street-committee", null, street, "Xuefeng Street Working Committee");
        var bigCommittee = await party.CreateOrganizationAsync("community-committee", streetCommittee, community, "Heping Big Party Committee");
        var branch = await party.CreateOrganizationAsync("grid-branch", bigCommittee, grid1, "Grid 1 Branch");
        var group = await party.CreateOrganizationAsync("building-group", branch, building, "Building 1 Group");
        var mobile = await party.CreateOrganizationAsync("grid-branch", bigCommittee, community, "Riders' Mobile Branch", mobile: true);

        var tree = await party.OkAsync(HttpMethod.Get, $"/api/party/organizations/{streetCommittee}/tree?depth=3");
        var level1 = tree.GetProperty("children").EnumerateArray().Single();
        Assert.Equal(bigCommittee, level1.GetProperty("id").GetGuid());
        var branches = level1.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal([branch, mobile], branches.Select(b => b.GetProperty("id").GetGuid()).Order());
        Assert.Equal(group, branches.Single(b => b.GetProperty("id").GetGuid() == branch).GetProperty("children")[0].GetProperty("id").GetGuid());

        var shallow = await party.OkAsync(HttpMethod.Get, $"/api/party/organizations/{streetCommittee}/tree?depth=1");
        Assert.Empty(shallow.GetProperty("children")[0].GetProperty("children").EnumerateArray());

        var details = await party.OkAsync(HttpMethod.Get, $"/api/party/organizations/{branch}");
        Assert.Equal("grid-branch", details.GetProperty("level").GetString());
        Assert.Equal([bigCommittee, streetCommittee], details.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal([group], details.GetProperty("children").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));

        var coverage = await party.OkAsync(HttpMethod.Get, $"/api/party/coverage?unitId={street}");
        var levels = coverage.GetProperty("levels").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);
        Assert.Equal(1.0, levels["community-committee"].GetProperty("ratio").GetDouble());
        Assert.Equal(0.5, levels["grid-branch"].GetProperty("ratio").GetDouble());
        Assert.Equal([grid2], levels["grid-branch"].GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("unitId").GetGuid()));
        Assert.Equal(1.0, levels["building-group"].GetProperty("ratio").GetDouble());
    }

    [Fact]
    public async Task Breaking_the_ladder_is_422_and_bad_input_400()
    {
        var party = await ScenarioAsync();
        var (street, community, grid1, _, _) = await TerritoryAsync(party);
        var streetCommittee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");

        var (skipped, problem) = await party.SendAsync(HttpMethod.Post, "/api/party/organizations",
            new { level = "grid-branch", parentId = streetCommittee, unitId = grid1, name = "Skipping a level" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skipped);
        Assert.Contains("community-committee", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (twice, _) = await party.SendAsync(HttpMethod.Post, "/api/party/organizations", new { level = "street-committee", unitId = street, name = "Again" });
        Assert.Equal(HttpStatusCode.Conflict, twice);

        var (invalid, validation) = await party.SendAsync(HttpMethod.Post, "/api/party/organizations", new { level = "community-committee", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.True(validation.GetProperty("errors").TryGetProperty("unitId", out _));
        Assert.True(validation.GetProperty("errors").TryGetProperty("name", out _));

        var (unknownLevel, _) = await party.SendAsync(HttpMethod.Post, "/api/party/organizations", new { level = "province-committee", unitId = community, name = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownLevel);
    }

    [Fact]
    public async Task Another_districts_organisations_members_and_units_answer_404()
    {
        var party = await ScenarioAsync();
        var (street, community, _, _, _) = await TerritoryAsync(party);
        var committee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");
        var member = (await party.OkAsync(HttpMethod.Post, "/api/party/members",
            new { name = "Zhang Wei", phone = "13812345678", organizationId = committee })).GetProperty("id").GetGuid();

        var stranger = await ScenarioAsync("party-orgs-stranger");
        foreach (var path in new[]
                 {
                     $"/api/party/organizations/{committee}", $"/api/party/organizations/{committee}/tree", $"/api/party/organizations/{committee}/agenda",
                     $"/api/party/members/{member}", $"/api/party/coverage?unitId={street}", $"/api/party/communities/{community}/reports",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.SendAsync(HttpMethod.Get, path)).Status);
        }

        var (reported, _) = await stranger.SendAsync(HttpMethod.Post, $"/api/party/members/{member}/reports", new { communityUnitId = community, serviceOffers = new[] { "legal" } });
        Assert.Equal(HttpStatusCode.NotFound, reported);
    }

    [Fact]
    public async Task Party_organisers_keep_the_records_while_other_members_of_the_district_only_read_them()
    {
        var party = await ScenarioAsync();
        var (street, _, _, _, _) = await TerritoryAsync(party);
        var resident = await platform.TokenAsync(District, roles: ["resident"], sub: "party-resident");
        var organizer = await platform.TokenAsync(District, roles: ["party-organizer"], sub: "party-organizer");
        var committee = new { level = "street-committee", unitId = street, name = "Working Committee" };

        var (refused, problem) = await party.SendAsync(HttpMethod.Post, "/api/party/organizations", committee, asToken: resident);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());

        var (created, organization) = await party.SendAsync(HttpMethod.Post, "/api/party/organizations", committee, asToken: organizer);
        Assert.True(created == HttpStatusCode.Created, organization.ToString());
        var (read, _) = await party.SendAsync(HttpMethod.Get, $"/api/party/organizations/{organization.GetProperty("id").GetGuid()}", asToken: resident);
        Assert.Equal(HttpStatusCode.OK, read);
    }

    [Fact]
    public async Task A_member_reports_to_a_community_with_the_phone_masked_for_all_but_admins()
    {
        var party = await ScenarioAsync();
        var (street, community, _, _, _) = await TerritoryAsync(party);
        var committee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");
        var riders = await party.CreateOrganizationAsync("grid-branch", committee, street, "Riders", mobile: true);

        var created = await party.OkAsync(HttpMethod.Post, "/api/party/members",
            new { name = "Zhao Lei", phone = "13812345678", organizationId = riders, occupation = "delivery rider", mobile = true });
        Assert.Equal("13812345678", created.GetProperty("phone").GetString());
        var id = created.GetProperty("id").GetGuid();
        var viewer = await platform.TokenAsync(District, roles: ["grid-worker"]);
        var (_, masked) = await party.SendAsync(HttpMethod.Get, $"/api/party/members/{id}", asToken: viewer);
        Assert.Equal("138****5678", masked.GetProperty("phone").GetString());

        var (territorial, problem) = await party.SendAsync(HttpMethod.Post, "/api/party/members",
            new { name = "Sun Li", phone = "13812345678", organizationId = riders });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, territorial);
        Assert.Contains("mobile", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var report = await party.OkAsync(HttpMethod.Post, $"/api/party/members/{id}/reports",
            new { communityUnitId = community, serviceOffers = new[] { "legal-consultation", "Fixing bicycles" } });
        Assert.Equal("member", report.GetProperty("reporterKind").GetString());
        var (again, _) = await party.SendAsync(HttpMethod.Post, $"/api/party/members/{id}/reports", new { communityUnitId = community });
        Assert.Equal(HttpStatusCode.Conflict, again);
        var (notACommunity, _) = await party.SendAsync(HttpMethod.Post, $"/api/party/organizations/{committee}/reports", new { communityUnitId = street });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notACommunity);
        await party.OkAsync(HttpMethod.Post, $"/api/party/organizations/{committee}/reports", new { communityUnitId = community, serviceOffers = new[] { "health" } });

        var list = await party.OkAsync(HttpMethod.Get, $"/api/party/communities/{community}/reports");
        Assert.Equal(["member", "organization"], list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("reporterKind").GetString()));
        Assert.Equal(2, await platform.App.CountAsync("party-db",
            "SELECT count(*) FROM outbox_messages WHERE \"MessageType\" LIKE '%double-report-registered%' AND \"AggregateId\" = ANY($1)",
            (object)list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray()));
    }

    [Fact]
    public async Task A_3_plus_2_group_needs_exactly_one_of_each_role_and_lists_its_door_visits()
    {
        var party = await ScenarioAsync();
        var (_, _, grid1, _, building) = await TerritoryAsync(party);
        object Seat(string role) => new { role, personRef = $"{role}-1" };

        var (incomplete, problem) = await party.SendAsync(HttpMethod.Post, "/api/party/groups", new
        {
            gridUnitId = grid1,
            members = new[] { Seat("party-representative"), Seat("npc-deputy"), Seat("grid-worker"), Seat("grid-worker") },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("missing: cppcc-member, volunteer", detail, StringComparison.Ordinal);
        Assert.Contains("1 extra grid-worker", detail, StringComparison.Ordinal);

        var group = await party.OkAsync(HttpMethod.Post, "/api/party/groups", new
        {
            gridUnitId = grid1,
            members = new[] { Seat("party-representative"), Seat("npc-deputy"), Seat("cppcc-member"), Seat("grid-worker"), Seat("volunteer") },
        });
        var list = await party.OkAsync(HttpMethod.Get, $"/api/party/groups?gridUnitId={grid1}");
        Assert.Equal(group.GetProperty("id").GetGuid(), list.GetProperty("items")[0].GetProperty("id").GetGuid());
        var groupId = group.GetProperty("id").GetGuid();
        Assert.Equal(0, (await party.OkAsync(HttpMethod.Get, $"/api/party/groups/{groupId}/visits")).GetProperty("totalCount").GetInt32());

        var household = (await party.OkAsync(HttpMethod.Post, "/api/grid/households", new { buildingId = building, doorNumber = "3-201" })).GetProperty("id").GetGuid();
        var visit = (await party.OkAsync(HttpMethod.Post, "/api/grid/visits", new
        {
            householdId = household,
            visitedAt = DateTimeOffset.UtcNow.AddHours(-1),
            visitors = new[] { new { name = "Li Ming", role = "party-representative" } },
            groupId,
        })).GetProperty("id").GetGuid();
        await PartyScenario.EventuallyAsync(
            async () => (await party.OkAsync(HttpMethod.Get, $"/api/party/groups/{groupId}/visits")).GetProperty("totalCount").GetInt32() == 1,
            "the group's door visit reaches the party service");
        var visits = await party.OkAsync(HttpMethod.Get, $"/api/party/groups/{groupId}/visits");
        Assert.Equal((visit, grid1), (visits.GetProperty("items")[0].GetProperty("visitId").GetGuid(), visits.GetProperty("items")[0].GetProperty("gridId").GetGuid()));
    }

    [Fact]
    public async Task An_alliance_is_listed_for_its_community()
    {
        var party = await ScenarioAsync();
        var (_, community, _, _, _) = await TerritoryAsync(party);

        var created = await party.OkAsync(HttpMethod.Post, "/api/party/alliances", new
        {
            communityUnitId = community,
            partner = new { name = "Tangshan People's Hospital", kind = "hospital" },
            agreement = new { signedOn = "2026-03-01", term = 24 },
            cooperationItems = new[] { "Monthly free clinic" },
            coConstructionProjects = new[] { "Health station" },
        });
        Assert.Equal("2028-03-01", created.GetProperty("agreement").GetProperty("endsOn").GetString());

        var (invalid, validation) = await party.SendAsync(HttpMethod.Post, "/api/party/alliances", new { communityUnitId = community, partner = new { name = "" }, agreement = new { term = 0 } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.True(validation.GetProperty("errors").TryGetProperty("partner.name", out _), validation.ToString());

        var list = await party.OkAsync(HttpMethod.Get, $"/api/party/alliances?communityUnitId={community}");
        Assert.Equal("hospital", list.GetProperty("items")[0].GetProperty("partner").GetProperty("kind").GetString());
    }
}
