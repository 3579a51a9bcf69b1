using System.Net;
using System.Text.Json;
using Governance.EndToEnd.Tests.Services.Volunteers;

namespace Governance.EndToEnd.Tests.Services.Events;

/// <summary>
/// The scenario across the events and volunteer services: a health lecture needing two
/// health-education volunteers is staffed over the broker, held, completed with outputs, and the
/// volunteers who checked in get their hours.
/// </summary>
public sealed class StaffedLectureTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_health_lecture_is_staffed_held_completed_and_its_volunteers_are_credited_their_hours()
    {
        var volunteers = new VolunteersScenario(platform, "events-staffed", 116.4);
        await volunteers.BuildAsync();
        var events = new EventsScenario(platform, volunteers.District);
        await events.BuildAsync(116.5);
        var zhang = await volunteers.CreateVolunteerAsync(VolunteersScenario.Volunteer("Zhang Health", volunteers.GridA, "health-education"));
        var li = await volunteers.CreateVolunteerAsync(VolunteersScenario.Volunteer("Li Health", volunteers.GridB, "health-education"));

        var lecture = EventsScenario.Lecture(events.Community, capacity: 120, staffing: [new { skill = "health-education", count = 2 }]);
        var id = await events.CreatePublishedAsync(lecture);

        var line = await Eventually.ReadAsync(
            async () => (await events.GetAsync($"/api/events/{id}/staff")).Body.GetProperty("staffing")[0],
            l => l.GetProperty("assigned").GetArrayLength() == 2, EventsScenario.Patience);

        Assert.Equal(("health-education", 2), (line.GetProperty("skill").GetString(), line.GetProperty("requested").GetInt32()));
        Assert.Equal(new[] { li, zhang }.Order(), line.GetProperty("assigned").EnumerateArray().Select(v => v.GetProperty("volunteerId").GetGuid()).Order());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("unmatchedReason").ValueKind);

        var resident = await events.RegisterAsync(id, "Resident Zhao", partySize: 2);
        var (checkedIn, _) = await events.PostAsync($"/api/events/{id}/checkins", new { code = resident.GetProperty("code").GetString() });
        Assert.Equal(HttpStatusCode.OK, checkedIn);
        var arrived = DateTimeOffset.UtcNow.AddHours(-1);
        foreach (var volunteer in new[] { zhang, li })
        {
            var (status, member) = await events.PostAsync($"/api/events/{id}/staff/{volunteer}/checkin", new { at = arrived });
            Assert.True(status == HttpStatusCode.OK, member.ToString());
            Assert.Equal(HttpStatusCode.OK, (await events.PostAsync($"/api/events/{id}/staff/{volunteer}/checkin")).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await events.PostAsync($"/api/events/{id}/staff/{Guid.NewGuid()}/checkin")).Status);
        Assert.Equal(HttpStatusCode.OK, (await events.PostAsync($"/api/events/{id}/start")).Status);
        var (completed, activity) = await events.PostAsync($"/api/events/{id}/complete", new { outputs = new { leaflets = 200, banners = 2 }, notes = "Blood pressure checks for all" });
        Assert.True(completed == HttpStatusCode.OK, activity.ToString());
        Assert.Equal((2, 2), (activity.GetProperty("checkedIn").GetInt32(), activity.GetProperty("attendance").GetInt32()));

        foreach (var volunteer in new[] { zhang, li })
        {
            var hours = await Eventually.CountAsync(async () =>
            {
                var (_, ledger) = await volunteers.SendAsync(HttpMethod.Get, $"/api/volunteers/{volunteer}/hours", volunteers.Admin);
                return (long)(ledger.GetProperty("approvedHours").GetDecimal() * 100);
            }, 90, EventsScenario.Patience);
            Assert.InRange(hours, 90, 110);
        }
    }
}
