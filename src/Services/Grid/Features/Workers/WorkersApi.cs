using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Features.Workers;

public static class WorkersApi
{
    public static RouteGroupBuilder MapWorkers(this RouteGroupBuilder api)
    {
        var workers = api.MapGroup("/workers");
        workers.MapPost("/", CreateWorker.Handle).Validate<CreateWorkerRequest>().RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin)
            .WithSummary("Registers a full-time or part-time grid worker.");
        workers.MapGet("/{id:guid}", GetWorker.Handle).WithSummary("A grid worker with their grids and duty segments.");
        workers.MapGet("/", ListWorkers.Handle).WithSummary("Grid workers, optionally those assigned to one grid, one page at a time.");
        workers.MapPost("/{id:guid}/assignments", AssignWorker.Handle).Validate<AssignWorkerRequest>().RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin)
            .WithSummary("Assigns the worker to a grid with a duty segment (again: replaces the duty).");
        workers.MapDelete("/{id:guid}/assignments/{gridId:guid}", UnassignWorker.Handle).RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin)
            .WithSummary("Ends the worker's assignment to a grid.");
        api.MapGet("/units/{gridId:guid}/workers", ListGridWorkers.Handle)
            .WithSummary("A grid's workers with their duty segment in it.");
        return api;
    }
}
