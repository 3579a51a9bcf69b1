using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Governance.Contracts.Events;
using MassTransit;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>Service hours through the gateway: check-in and out, approvals, corrections, event credits and the CSV report.</summary>
public class HoursApiTests(PlatformFixture platform)
{
    private const string District = "vol-hours";

    [Fact]
    public async Task A_check_in_is_checked_out_approved_by_a_coordinator_corrected_with_an_audit_trail_and_credited()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var volunteer = await scenario.AddVolunteerAsync("Sun Yu", scenario.People.GridA, account: "vol-sun");
        var volunteerToken = await scenario.TokenAsync("vol-sun", "volunteer");
        var coordinator = await scenario.TokenAsync("coord-1", "volunteer-coordinator");

        var (checkedIn, entry) = await scenario.PostAsync("/api/volunteers/hours/check-ins", volunteerToken, new { volunteerId = volunteer, assignmentId = Guid.NewGuid() });
        Assert.True(checkedIn == HttpStatusCode.Created, entry.ToString());
        Assert.Equal(("assignment", true), (entry.GetProperty("source").GetString(), entry.GetProperty("checkedIn").GetBoolean()));
        var entryId = entry.GetProperty("id").GetGuid();

        var (twice, twiceProblem) = await scenario.PostAsync("/api/volunteers/hours/check-ins", volunteerToken, new { volunteerId = volunteer });
        Assert.Equal((HttpStatusCode.Conflict, "checked-in"), (twice, twiceProblem.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.PostAsync($"/api/volunteers/hours/{entryId}/approve", coordinator)).Status);

        var (checkedOut, closed) = await scenario.PostAsync($"/api/volunteers/hours/check-ins/{entryId}/check-out", volunteerToken);
        Assert.Equal((HttpStatusCode.OK, "pending"), (checkedOut, closed.GetProperty("status").GetString()));

        var (asVolunteer, forbidden) = await scenario.PostAsync($"/api/volunteers/hours/{entryId}/approve", volunteerToken);
        Assert.Equal(HttpStatusCode.Forbidden, asVolunteer);
        Assert.Contains("volunteer-coordinator", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var start = closed.GetProperty("startedAt").GetDateTimeOffset();
        var (corrected, correction) = await scenario.PostAsync($"/api/volunteers/hours/{entryId}/corrections", coordinator,
            new { startedAt = start.AddHours(-2), reason = "Checked in late: was there from two" });
        Assert.True(corrected == HttpStatusCode.OK, correction.ToString());
        var audit = correction.GetProperty("corrections")[0];
        Assert.Equal(("coord-1", "Checked in late: was there from two"), (audit.GetProperty("by").GetString(), audit.GetProperty("reason").GetString()));
        Assert.Equal(start, audit.GetProperty("before").GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(start.AddHours(-2), audit.GetProperty("after").GetProperty("startedAt").GetDateTimeOffset());

        var (approved, approval) = await scenario.PostAsync($"/api/volunteers/hours/{entryId}/approve", coordinator);
        Assert.Equal((HttpStatusCode.OK, "approved"), (approved, approval.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.PostAsync($"/api/volunteers/hours/{entryId}/reject", coordinator)).Status);

        var (_, ledger) = await scenario.GetAsync($"/api/volunteers/{volunteer}/hours", volunteerToken);
        Assert.Equal(approval.GetProperty("hours").GetDecimal(), ledger.GetProperty("approvedHours").GetDecimal());
        Assert.True(ledger.GetProperty("approvedHours").GetDecimal() >= 2m);
        Assert.Equal(1, await platform.App.CountAsync("volunteers-db",
            "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE '%hours-credited%'", entryId.ToString()));
    }

    [Fact]
    public async Task Manual_hours_follow_the_ledger_rules_and_bad_input_names_its_fields()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var volunteer = await scenario.AddVolunteerAsync("Li Lei", scenario.People.GridB);
        var now = DateTimeOffset.UtcNow;
        var morning = new { volunteerId = volunteer, startedAt = now.AddHours(-10), endedAt = now.AddHours(-8), reason = "Canteen shift" };

        Assert.Equal(HttpStatusCode.Created, (await scenario.PostAsync("/api/volunteers/hours", scenario.AdminToken, morning)).Status);
        var (overlap, overlapProblem) = await scenario.PostAsync("/api/volunteers/hours", scenario.AdminToken,
            new { volunteerId = volunteer, startedAt = now.AddHours(-9), endedAt = now.AddHours(-7), reason = "Again" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlap);
        Assert.Contains("overlap", overlapProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (tooLong, _) = await scenario.PostAsync("/api/volunteers/hours", scenario.AdminToken,
            new { volunteerId = volunteer, startedAt = now.AddHours(-40), endedAt = now.AddHours(-12), reason = "Long" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong);
        var (unknown, _) = await scenario.PostAsync("/api/volunteers/hours", scenario.AdminToken,
            new { volunteerId = Guid.NewGuid(), startedAt = now.AddHours(-3), endedAt = now.AddHours(-2), reason = "Who" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown);

        var (invalid, problem) = await scenario.PostAsync("/api/volunteers/hours", scenario.AdminToken, new { volunteerId = volunteer });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("startedAt", out _) && errors.TryGetProperty("endedAt", out _) && errors.TryGetProperty("reason", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.GetAsync($"/api/volunteers/{Guid.NewGuid()}/hours", scenario.AdminToken)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.PostAsync($"/api/volunteers/hours/{Guid.NewGuid()}/approve", scenario.AdminToken)).Status);
    }

    [Fact]
    public async Task A_completed_event_credits_the_volunteers_who_checked_in_once_and_the_csv_reports_them_by_month()
    {
        var scenario = await WishScenario.CreateAsync(platform, District);
        var attended = await scenario.AddVolunteerAsync("Zhao, \"Lan\"", scenario.People.GridA);
        var absent = await scenario.AddVolunteerAsync("Qian Duo", scenario.People.GridA);
        var elsewhere = await scenario.AddVolunteerAsync("Zhou Mu", scenario.People.GridB);
        var ends = DateTimeOffset.UtcNow.AddMinutes(-5);
        var starts = ends.AddHours(-3);
        var activity = Guid.NewGuid();
        var completed = new EventCompleted(Guid.NewGuid(), District, DateTimeOffset.UtcNow, activity, "Hypertension lecture", scenario.People.GridA, starts, ends, 100,
        [
            new StaffAttendance(attended, starts.AddMinutes(-30), null),
            new StaffAttendance(absent, null, null),
            new StaffAttendance(elsewhere, starts, starts.AddHours(1)),
        ]);

        await PublishAsync(completed);
        // The events service reporting the same completion again (a new event id) credits nothing more.
        await PublishAsync(completed with { EventId = Guid.NewGuid() });

        var ledger = await scenario.EventuallyAsync($"/api/volunteers/{attended}/hours", scenario.AdminToken,
            l => l.GetProperty("entries").GetArrayLength() > 0);
        var credit = Assert.Single(ledger.GetProperty("entries").EnumerateArray());
        Assert.Equal(("event", activity, "approved", 3.5m),
            (credit.GetProperty("source").GetString(), credit.GetProperty("sourceId").GetGuid(), credit.GetProperty("status").GetString(), credit.GetProperty("hours").GetDecimal()));
        await scenario.EventuallyAsync($"/api/volunteers/{elsewhere}/hours", scenario.AdminToken, l => l.GetProperty("approvedHours").GetDecimal() == 1m);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await platform.App.CountAsync("volunteers-db",
            "SELECT count(*) FROM hours_entries WHERE \"SourceId\" = $1 AND \"VolunteerId\" = $2", activity, attended));
        var (_, absentLedger) = await scenario.GetAsync($"/api/volunteers/{absent}/hours", scenario.AdminToken);
        Assert.Equal(0, absentLedger.GetProperty("entries").GetArrayLength());

        var checkedInAt = starts.AddMinutes(-30);
        var day = checkedInAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get,
            $"/api/volunteers/hours.csv?unitId={scenario.People.GridA}&from={day}&to={day}", scenario.AdminToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("volunteerId,name,month,hours", lines[0]);
        Assert.Equal($"{attended},\"Zhao, \"\"Lan\"\"\",{checkedInAt.UtcDateTime:yyyy-MM},3.50", Assert.Single(lines.Skip(1)));
        Assert.DoesNotContain(WishScenario.Phone, csv, StringComparison.Ordinal);

        using var backwards = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get,
            "/api/volunteers/hours.csv?from=2026-02-01&to=2026-01-01", scenario.AdminToken));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    private async Task PublishAsync(EventCompleted completed)
    {
        var broker = new Uri((await platform.App.GetConnectionStringAsync("messaging"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker));
        await bus.StartAsync();
        try
        {
            await bus.Publish(completed, context => context.MessageId = completed.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
