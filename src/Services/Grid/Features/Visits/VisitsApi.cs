using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Features.Visits;

public static class VisitsApi
{
    public static RouteGroupBuilder MapVisits(this RouteGroupBuilder api)
    {
        var visits = api.MapGroup("/visits");
        visits.MapPost("/", RecordVisit.Handle).Validate<RecordVisitRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker)
            .WithSummary("Records a door visit by a 3+2 group or a grid worker, with the micro-wishes voiced (each published for volunteers).");
        visits.MapGet("/{id:guid}", GetVisit.Handle).WithSummary("A door visit with its wishes and whether they were fulfilled.");
        visits.MapGet("/", ListVisits.Handle)
            .WithSummary("Door visits by household, 3+2 group, grid or building and time window, newest first.");
        return api;
    }
}
