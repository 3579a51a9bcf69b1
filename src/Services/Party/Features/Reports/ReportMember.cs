using Governance.Party.Data;
using Governance.Party.Domain.Members;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Reports;

public static class ReportMember
{
    public static async Task<Results<Created<ReportResponse>, ProblemHttpResult>> Handle(
        Guid id, ReportRequest request, PartyDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = await db.Set<PartyMember>().AsNoTracking().Where(m => m.Id == id).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null
            ? ApiProblems.NotFound("member", id)
            : await DoubleReporting.RegisterAsync(db, districts, ReporterKind.Member, id, name, request, clock.GetUtcNow(), cancellationToken);
    }
}
