using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Party.Features.Reports;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        api.MapPost("/members/{id:guid}/reports", ReportMember.Handle).Validate<ReportRequest>().RequireRoleOrDistrictAdmin(Roles.PartyOrganizer)
            .WithSummary("Double reporting (双报到): a member registers with the community they live in and offers services there.");
        api.MapPost("/organizations/{id:guid}/reports", ReportOrganization.Handle).Validate<ReportRequest>().RequireRoleOrDistrictAdmin(Roles.PartyOrganizer)
            .WithSummary("Double reporting (双报到): an organisation registers with a community and offers services there.");
        api.MapGet("/communities/{communityUnitId:guid}/reports", ListCommunityReports.Handle)
            .WithSummary("The members and organisations that reported to a community.");
        return api;
    }
}
