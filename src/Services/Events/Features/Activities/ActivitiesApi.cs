using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Events.Features.Activities;

public static class ActivitiesApi
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateActivity.Handle).Validate<CreateActivityRequest>().RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("Creates a draft activity organised by a street, community or grid, with partners and staffing needs.");
        api.MapGet("/", ListActivities.Handle).WithSummary("Activities under a unit (everything beneath included), by start time and kind, soonest first.");
        api.MapGet("/stats", ActivityStats.Handle).WithSummary("Completed activities under a unit: by kind, total attendance and outputs summed.");
        api.MapGet("/{id:guid}", GetActivity.Handle).WithSummary("An activity with its counts: capacity, registered, waitlisted, checked in, walk-ins.");
        api.MapPost("/{id:guid}/publish", PublishActivity.Handle).RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("Draft → published: registration can open, and volunteers are requested for each staffing line.");
        api.MapPost("/{id:guid}/start", StartActivity.Handle).RequireRoleOrDistrictAdmin(Roles.EventOrganizer).WithSummary("Published → in progress.");
        api.MapPost("/{id:guid}/complete", CompleteActivity.Handle).Validate<CompleteActivityRequest>().RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("In progress (or published and past its start) → completed, with outputs; staff hours go to the volunteer service.");
        api.MapPost("/{id:guid}/cancel", CancelActivity.Handle).Validate<CancelActivityRequest>().RequireRoleOrDistrictAdmin(Roles.EventOrganizer)
            .WithSummary("Cancels an activity not yet completed; staff are released and registrants notified by event.");
        return api;
    }
}
