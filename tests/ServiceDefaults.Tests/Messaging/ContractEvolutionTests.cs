using System.Text.Json;
using Governance.BuildingBlocks.Messaging;
using Governance.Contracts.Events;
using Governance.Contracts.Grid;
using Governance.Contracts.Volunteers;

namespace Governance.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Events evolve additively: a payload written before members were added (an outbox row still pending
/// across a deployment, a message already on a queue) still reads, the new members null.
/// </summary>
public class ContractEvolutionTests
{
    private static T Read<T>(string json) => (T)JsonSerializer.Deserialize(json, IntegrationEventTypes.TypeOf(IntegrationEventTypes.UrnOf(typeof(T))), OutboxMessage.Json)!;

    private const string Header = "\"eventId\": \"019ad000-0000-7000-8000-000000000001\", \"district\": \"lunan\", \"occurredAt\": \"2026-11-30T08:00:00+00:00\", ";

    [Fact]
    public void Case_events_written_before_the_ladder_band_and_account_read_with_them_null()
    {
        var escalated = Read<CaseEscalated>("{" + Header + """
            "caseId": "019ad000-0000-7000-8000-000000000002", "category": "road-damage", "fromLevel": "grid", "toLevel": "community",
            "responsibleUnitId": "019ad000-0000-7000-8000-000000000003", "dueAt": "2026-12-05T08:00:00+00:00", "automatic": true}
            """);
        var closed = Read<CaseClosed>("{" + Header + """
            "caseId": "019ad000-0000-7000-8000-000000000002", "category": "road-damage", "level": "grid", "satisfaction": 5, "mergedInto": null}
            """);
        var reported = Read<CaseReported>("{" + Header + """
            "caseId": "019ad000-0000-7000-8000-000000000002", "category": "road-damage", "level": "grid",
            "gridId": "019ad000-0000-7000-8000-000000000004", "communityId": "019ad000-0000-7000-8000-000000000003",
            "streetId": "019ad000-0000-7000-8000-000000000005", "dueAt": "2026-12-01T08:00:00+00:00", "requiredSkill": null}
            """);

        Assert.True(escalated.Automatic);
        Assert.Equal((null, null, null, null, null), (escalated.GridId, escalated.CommunityId, escalated.StreetId, escalated.Band, escalated.ReporterAccount));
        Assert.Equal(5, closed.Satisfaction);
        Assert.Equal((null, null, null, null), (closed.GridId, closed.StreetId, closed.Band, closed.ReporterAccount));
        Assert.Equal((null, null), (reported.Band, reported.ReporterAccount));
    }

    [Fact]
    public void Activity_and_volunteer_events_written_before_the_accounts_read_with_them_null()
    {
        var cancelled = Read<ActivityCancelled>("{" + Header + """
            "activityId": "019ad000-0000-7000-8000-000000000006", "reason": "Rain", "registrationIds": ["019ad000-0000-7000-8000-000000000007"]}
            """);
        var assigned = Read<VolunteersAssigned>("{" + Header + """
            "needId": "019ad000-0000-7000-8000-000000000008", "sourceKind": "grid-case", "sourceId": "019ad000-0000-7000-8000-000000000002",
            "skill": "first-aid", "volunteers": [{"volunteerId": "019ad000-0000-7000-8000-000000000009", "name": "Zhao Lei"}]}
            """);
        var claimed = Read<MicroWishClaimed>("{" + Header + """
            "wishId": "019ad000-0000-7000-8000-00000000000a", "volunteerId": "019ad000-0000-7000-8000-000000000009", "volunteerName": "Zhao Lei"}
            """);

        Assert.Single(cancelled.RegistrationIds!);
        Assert.Null(cancelled.Accounts);
        Assert.Null(Assert.Single(assigned.Volunteers).Account);
        Assert.Null(claimed.VolunteerAccount);
    }

    [Fact]
    public void The_new_events_have_urns_of_their_own()
    {
        Assert.Equal(
            ["urn:message:governance:grid:case-accepted:v1", "urn:message:governance:grid:case-overdue:v1", "urn:message:governance:grid:case-reopened:v1",
             "urn:message:governance:events:activity-published:v1", "urn:message:governance:events:registration-counts-changed:v1",
             "urn:message:governance:events:registration-promoted:v1"],
            new[] { typeof(CaseAccepted), typeof(CaseOverdue), typeof(CaseReopened), typeof(ActivityPublished), typeof(RegistrationCountsChanged), typeof(RegistrationPromoted) }
                .Select(IntegrationEventTypes.UrnOf));
    }
}
