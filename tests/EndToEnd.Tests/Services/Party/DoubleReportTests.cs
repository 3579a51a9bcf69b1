using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Party;

/// <summary>Double reporting (双报到) across two services: the party's report becomes a volunteer of the community.</summary>
public class DoubleReportTests(PlatformFixture platform)
{
    private const string District = "double-report";

    [Fact]
    public async Task A_member_who_reports_to_a_community_becomes_a_party_member_volunteer_there()
    {
        var party = new PartyScenario(platform, await platform.TokenAsync(District));
        var (street, community) = await platform.CreateCommunityAsync(party.Token, "Reporting");
        await party.WaitForUnitsAsync(street, community);
        var committee = await party.CreateOrganizationAsync("street-committee", null, street, "Working Committee");
        var member = (await party.OkAsync(HttpMethod.Post, "/api/party/members",
            new { name = "Liu Yang", phone = "13812345678", organizationId = committee, occupation = "lawyer" })).GetProperty("id").GetGuid();

        await party.OkAsync(HttpMethod.Post, $"/api/party/members/{member}/reports",
            new { communityUnitId = community, serviceOffers = new[] { "legal-consultation", "reading to children" } });

        JsonElement volunteer = default;
        await PartyScenario.EventuallyAsync(async () =>
        {
            using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(
                HttpMethod.Get, $"/api/volunteers?kind=party-member&unitId={community}", party.Token));
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            volunteer = page.GetProperty("items").EnumerateArray().FirstOrDefault(v =>
                v.GetProperty("partyMemberId") is { ValueKind: JsonValueKind.String } id && id.GetGuid() == member);
            return volunteer.ValueKind == JsonValueKind.Object;
        }, "the volunteer service lists the reported member");

        Assert.Equal("Liu Yang", volunteer.GetProperty("name").GetString());
        Assert.Equal(["legal-consultation"], volunteer.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("skill").GetString()));
    }
}
