using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Hours;

public static class HoursApi
{
    public static RouteGroupBuilder MapHours(this RouteGroupBuilder api)
    {
        var hours = api.MapGroup("/hours");
        hours.MapPost("/check-ins", CheckIn.Handle).Validate<CheckInRequest>()
            .WithSummary("Checks a volunteer in (against an assignment, if given); one open check-in per volunteer; the volunteer's linked account or a coordinator.");
        hours.MapPost("/check-ins/{id:guid}/check-out", CheckOut.Handle)
            .WithSummary("Checks out (the volunteer's linked account or a coordinator); the hours (at most 24) wait for a coordinator's approval.");
        hours.MapPost("/", RecordManualHours.Handle).Validate<ManualHoursRequest>()
            .WithSummary("Records hours after the fact, with the reason; pending approval; the volunteer's linked account or a coordinator.");
        hours.MapPost("/{id:guid}/approve", ApproveHours.Handle)
            .WithSummary("Pending → approved (volunteer coordinator or district admin); the hours are credited.");
        hours.MapPost("/{id:guid}/reject", RejectHours.Handle).Validate<RejectHoursRequest>()
            .WithSummary("Pending → rejected (volunteer coordinator or district admin), with an optional reason.");
        hours.MapPost("/{id:guid}/corrections", CorrectHours.Handle).Validate<CorrectHoursRequest>()
            .WithSummary("Corrects the hours or period of an entry, keeping who, when, before, after and why.");

        api.MapGet("/{id:guid}/hours", VolunteerHours.Handle).WithSummary("A volunteer's hours ledger with approved and pending totals.");
        api.MapGet("/hours.csv", HoursReport.Handle)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Approved hours as CSV (volunteerId,name,month,hours), one row per volunteer and month, streamed.");
        return api;
    }
}
