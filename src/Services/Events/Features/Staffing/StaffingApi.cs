using Governance.ServiceDefaults.Security;

namespace Governance.Events.Features.Staffing;

public static class StaffingApi
{
    public static RouteGroupBuilder MapStaffing(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/{id:guid}/staff");
        staff.MapGet("/", GetStaff.Handle)
            .WithSummary("Per requested skill: the count, the volunteers assigned (with check-in and out) and why fewer were found.");
        staff.MapPost("/{volunteerId:guid}/checkin", StaffAttendanceActions.CheckIn).RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("An assigned volunteer arrives (now, or at `at`); idempotent.");
        staff.MapPost("/{volunteerId:guid}/checkout", StaffAttendanceActions.CheckOut).RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("An assigned volunteer leaves (now, or at `at`); idempotent.");
        return api;
    }
}
