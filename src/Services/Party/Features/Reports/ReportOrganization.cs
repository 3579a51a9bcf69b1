using Governance.Party.Data;
using Governance.Party.Domain.Members;
using Governance.Party.Domain.Organizations;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Reports;

public static class ReportOrganization
{
    public static async Task<Results<Created<ReportResponse>, ProblemHttpResult>> Handle(
        Guid id, ReportRequest request, PartyDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = await db.Set<PartyOrganization>().AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null
            ? ApiProblems.NotFound("organisation", id)
            : await DoubleReporting.RegisterAsync(db, districts, ReporterKind.Organization, id, name, request, clock.GetUtcNow(), cancellationToken);
    }
}
