using System.Net;

namespace Governance.EndToEnd.Tests.Services.People;

/// <summary>Residents' ID numbers and phones, and workers' phones, as each kind of caller sees them, on the real database.</summary>
public class PersonalDataMaskingTests(PlatformFixture platform)
{
    private const string District = "people-masking";
    private const string MaskedId = "130202********1232";
    private const string MaskedPhone = "138****5678";

    [Fact]
    public async Task Each_caller_sees_personal_data_in_full_only_where_allowed()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        var residentA = await scenario.AddResidentAsync(scenario.HouseholdA, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile, "elderly-living-alone");
        var residentB = await scenario.AddResidentAsync(scenario.HouseholdB, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile);
        await scenario.AddWorkerAsync("worker-of-a", scenario.GridA);

        var member = await platform.TokenAsync(District, [], "someone");
        var workerOfA = await platform.TokenAsync(District, ["grid-worker"], "worker-of-a");
        var otherWorker = await platform.TokenAsync(District, ["grid-worker"], "not-a-registered-worker");

        await AssertResidentAsync(scenario, member, residentA, MaskedId, MaskedPhone);
        await AssertResidentAsync(scenario, scenario.AdminToken, residentA, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile);
        await AssertResidentAsync(scenario, scenario.AdminToken, residentB, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile);
        await AssertResidentAsync(scenario, workerOfA, residentA, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile);
        await AssertResidentAsync(scenario, workerOfA, residentB, MaskedId, MaskedPhone);
        await AssertResidentAsync(scenario, otherWorker, residentA, MaskedId, MaskedPhone);

        // The same rule holds in the household view and in lists.
        var (_, household) = await scenario.GetAsync($"/api/grid/households/{scenario.HouseholdA}", member);
        Assert.Equal(MaskedId, household.GetProperty("residents")[0].GetProperty("idNumber").GetString());
        var (_, list) = await scenario.GetAsync($"/api/grid/residents?unitId={scenario.GridA}&specialGroup=elderly-living-alone", workerOfA);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(PeopleScenario.ValidIdNumber, list.GetProperty("items")[0].GetProperty("idNumber").GetString());
        var (_, listB) = await scenario.GetAsync($"/api/grid/residents?unitId={scenario.BuildingB}", workerOfA);
        Assert.Equal(MaskedPhone, listB.GetProperty("items")[0].GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Special_group_tags_are_replaced_and_filter_the_residents()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        var resident = await scenario.AddResidentAsync(scenario.HouseholdA, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile, "elderly-living-alone");

        var (status, tagged) = await scenario.SendAsync(HttpMethod.Put, $"/api/grid/residents/{resident}/special-groups", scenario.AdminToken,
            new { specialGroups = new[] { "disabled", "low-income", "disabled" } });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["disabled", "low-income"], tagged.GetProperty("specialGroups").EnumerateArray().Select(g => g.GetString()));
        var (_, elderly) = await scenario.GetAsync($"/api/grid/residents?unitId={scenario.BuildingA}&specialGroup=elderly-living-alone", scenario.AdminToken);
        Assert.Equal(0, elderly.GetProperty("totalCount").GetInt32());
        var (_, disabled) = await scenario.GetAsync($"/api/grid/residents?unitId={scenario.BuildingA}&specialGroup=disabled", scenario.AdminToken);
        Assert.Equal(resident, disabled.GetProperty("items")[0].GetProperty("id").GetGuid());
        var (unknown, problem) = await scenario.GetAsync("/api/grid/residents?specialGroup=pensioner", scenario.AdminToken);
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.True(problem.GetProperty("errors").TryGetProperty("specialGroup", out _));
    }

    [Fact]
    public async Task A_grid_worker_loses_full_view_when_unassigned_and_worker_phones_are_masked_too()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        var resident = await scenario.AddResidentAsync(scenario.HouseholdA, PeopleScenario.OtherIdNumber, "0315-2345678");
        var worker = await scenario.AddWorkerAsync("leaving-worker", scenario.GridA);
        var workerToken = await platform.TokenAsync(District, ["grid-worker"], "leaving-worker");
        var member = await platform.TokenAsync(District, [], "someone");

        var (_, gridWorkers) = await scenario.GetAsync($"/api/grid/units/{scenario.GridA}/workers", member);
        var listed = gridWorkers.GetProperty("items")[0];
        Assert.Equal("139****4321", listed.GetProperty("phone").GetString());
        Assert.Equal("Buildings 1–6, east gate", listed.GetProperty("duty").GetString());
        var (_, ownView) = await scenario.GetAsync($"/api/grid/workers/{worker}", workerToken);
        Assert.Equal("13987654321", ownView.GetProperty("phone").GetString());
        await AssertResidentAsync(scenario, workerToken, resident, PeopleScenario.OtherIdNumber, "0315-2345678");

        var (unassigned, _) = await scenario.SendAsync(HttpMethod.Delete, $"/api/grid/workers/{worker}/assignments/{scenario.GridA}", scenario.AdminToken);
        Assert.Equal(HttpStatusCode.NoContent, unassigned);

        await AssertResidentAsync(scenario, workerToken, resident, "110105********002X", "031*****5678");
    }

    [Fact]
    public async Task A_malformed_id_number_or_phone_is_a_400_that_does_not_echo_the_value()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        const string wrongCheckDigit = "130202199001011233";

        var (status, problem) = await scenario.SendAsync(HttpMethod.Post, $"/api/grid/households/{scenario.HouseholdA}/residents",
            scenario.AdminToken, new { name = "Li Na", idNumber = wrongCheckDigit, phone = "12345" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("idNumber", out _));
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.DoesNotContain(wrongCheckDigit, problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("12345", problem.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task AssertResidentAsync(PeopleScenario scenario, string token, Guid resident, string idNumber, string phone)
    {
        var (status, body) = await scenario.GetAsync($"/api/grid/residents/{resident}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((idNumber, phone), (body.GetProperty("idNumber").GetString(), body.GetProperty("phone").GetString()));
    }
}
