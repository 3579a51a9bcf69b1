using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Party;

/// <summary>The grid's case escalations reaching the party committees' agendas, over the real broker.</summary>
public class PartyAgendaTests(PlatformFixture platform)
{
    private const string District = "party-agenda-e2e";

    private static int ladders;

    private static object NewCase(Guid gridId, string category = "drainage") => new
    {
        category,
        title = "Blocked drain",
        description = "The courtyard floods after rain.",
        gridId,
        reporter = new { name = "Wang Fang", phone = "13812345678" },
    };

    private static async Task<JsonElement> AgendaAsync(PartyScenario party, Guid committee) =>
        await party.OkAsync(HttpMethod.Get, $"/api/party/organizations/{committee}/agenda");

    private static bool Lists(JsonElement agenda, Guid caseId) =>
        agenda.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("caseId").GetGuid() == caseId);

    [Fact]
    public async Task A_case_escalated_to_community_level_is_on_the_big_party_committees_agenda_until_resolved()
    {
        var party = new PartyScenario(platform, await platform.TokenAsync(District));
        var (street, community) = await platform.CreateCommunityAsync(party.Token, "Agenda");
        var grid = await platform.CreateGridAsync(party.Token, community, 115.0 + (Interlocked.Increment(ref ladders) * 0.05), 41.0);
        await party.WaitForUnitsAsync(street, community, grid);
        var streetCommittee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");
        var bigCommittee = await party.CreateOrganizationAsync("community-committee", streetCommittee, community, "Big Party Committee");

        var caseId = (await party.OkAsync(HttpMethod.Post, "/api/grid/cases", NewCase(grid))).GetProperty("id").GetGuid();
        await party.OkAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/escalate", new { reason = "Needs the community's budget" });

        await PartyScenario.EventuallyAsync(async () => Lists(await AgendaAsync(party, bigCommittee), caseId), "the case is on the community committee's agenda");
        var item = (await AgendaAsync(party, bigCommittee)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal(("community", "green", community), (item.GetProperty("level").GetString(), item.GetProperty("band").GetString(), item.GetProperty("responsibleUnitId").GetGuid()));
        Assert.False(Lists(await AgendaAsync(party, streetCommittee), caseId));

        foreach (var (action, body) in new (string, object?)[] { ("accept", null), ("start", null), ("resolve", new { resolution = "Drain cleared" }) })
        {
            await party.OkAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/{action}", body);
        }

        await PartyScenario.EventuallyAsync(async () => !Lists(await AgendaAsync(party, bigCommittee), caseId), "the resolved case leaves the agenda");
    }

    [Fact]
    public async Task A_case_the_sla_timer_escalates_to_community_level_reaches_the_agenda_and_leaves_it_when_resolved()
    {
        var party = new PartyScenario(platform, await platform.TokenAsync(District));
        var (street, community) = await platform.CreateCommunityAsync(party.Token, "Timer");
        var grid = await platform.CreateGridAsync(party.Token, community, 115.0 + (Interlocked.Increment(ref ladders) * 0.05), 41.0);
        await party.WaitForUnitsAsync(street, community, grid);
        var streetCommittee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");
        var bigCommittee = await party.CreateOrganizationAsync("community-committee", streetCommittee, community, "Big Party Committee");

        await platform.DefineCategoryAsync(party.Token, "e2e-climb");

        // Nobody touches the case: the grid's SLA timer moves it up when the grid-level deadline passes.
        var caseId = (await party.OkAsync(HttpMethod.Post, "/api/grid/cases", NewCase(grid, "e2e-climb"))).GetProperty("id").GetGuid();

        await PartyScenario.EventuallyAsync(async () => Lists(await AgendaAsync(party, bigCommittee), caseId), "the timer-escalated case is on the community committee's agenda");
        var history = (await party.OkAsync(HttpMethod.Get, $"/api/grid/cases/{caseId}")).GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("action").GetString() == "escalate").ToList();
        var escalation = Assert.Single(history);
        Assert.Equal(("community", "system:sla-timer"), (escalation.GetProperty("level").GetString(), escalation.GetProperty("by").GetString()));

        foreach (var (action, body) in new (string, object?)[] { ("accept", null), ("start", null), ("resolve", new { resolution = "Fixed by the community" }) })
        {
            await party.OkAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/{action}", body);
        }

        await PartyScenario.EventuallyAsync(async () => !Lists(await AgendaAsync(party, bigCommittee), caseId), "the resolved case leaves the agenda");
    }

    [Fact]
    public async Task A_case_escalated_before_its_committee_exists_joins_the_agenda_when_the_committee_is_created()
    {
        var party = new PartyScenario(platform, await platform.TokenAsync(District));
        var (street, community) = await platform.CreateCommunityAsync(party.Token, "Late");
        var grid = await platform.CreateGridAsync(party.Token, community, 115.0 + (Interlocked.Increment(ref ladders) * 0.05), 41.0);
        await party.WaitForUnitsAsync(street, community, grid);

        var caseId = (await party.OkAsync(HttpMethod.Post, "/api/grid/cases", NewCase(grid))).GetProperty("id").GetGuid();
        await party.OkAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/escalate", new { reason = "Needs the community" });
        await party.OkAsync(HttpMethod.Post, $"/api/grid/cases/{caseId}/escalate", new { reason = "Needs the street" });
        await PartyScenario.EventuallyAsync(
            async () => await platform.App.CountAsync("party-db",
                "SELECT count(*) FROM agenda_items WHERE \"CaseId\" = $1 AND \"Level\" = 'street' AND \"Status\" = 'Open'", caseId) == 1,
            "the street-level item waits unassigned");

        var streetCommittee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");

        var agenda = await AgendaAsync(party, streetCommittee);
        Assert.True(Lists(agenda, caseId), agenda.ToString());
        Assert.Equal(1, agenda.GetProperty("totalCount").GetInt32());
        var (missing, _) = await party.SendAsync(HttpMethod.Get, $"/api/party/organizations/{Guid.NewGuid()}/agenda");
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }
}
