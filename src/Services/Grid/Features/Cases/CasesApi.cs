using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Features.Cases;

public static class CasesApi
{
    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases");
        cases.MapPost("/", ReportCase.Handle).Validate<ReportCaseRequest>()
            .WithSummary("Reports a resident problem at grid level; answers its deadline and possible duplicates.");
        cases.MapGet("/", ListCases.Handle).WithSummary("Cases by status, level, band and unit (and everything beneath it), soonest deadline first.");
        cases.MapGet("/{id:guid}", GetCase.Handle).WithSummary("A case with its history and the duplicates merged into it.");
        cases.MapPost("/{id:guid}/accept", AcceptCase.Handle).RequireRoleOrDistrictAdmin(Roles.GridWorker).WithSummary("Reported → accepted.");
        cases.MapPost("/{id:guid}/start", StartCase.Handle).RequireRoleOrDistrictAdmin(Roles.GridWorker).WithSummary("Accepted → in progress.");
        cases.MapPost("/{id:guid}/resolve", ResolveCase.Handle).Validate<ResolveCaseRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker).WithSummary("In progress → resolved.");
        cases.MapPost("/{id:guid}/escalate", EscalateCase.Handle).Validate<CaseReasonRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker)
            .WithSummary("Hands an open case to the next level up, where it is reported again with that level's deadline.");
        cases.MapPost("/{id:guid}/close", CloseCase.Handle).Validate<CloseCaseRequest>()
            .WithSummary("Resolved → closed, with the resident's satisfaction (1–5).");
        cases.MapPost("/{id:guid}/reopen", ReopenCase.Handle).Validate<CaseReasonRequest>()
            .WithSummary("Resolved or closed → reported at the same level, with a fresh deadline.");
        cases.MapPost("/{id:guid}/merge", MergeCase.Handle).Validate<MergeCaseRequest>().RequireRoleOrDistrictAdmin(Roles.GridWorker)
            .WithSummary("Closes this open case as a duplicate of originalId.");

        api.MapGet("/stats/resolution", ResolutionStats.Handle)
            .WithSummary("How many cases were solved at grid, community and street level, how many are unresolved, and the grid-level rate.");
        return api;
    }
}
