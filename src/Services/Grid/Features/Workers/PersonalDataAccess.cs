using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Workers;

/// <summary>
/// The one place that decides, per request, whose personal data the caller may see in full: every
/// response carrying residents' ID numbers or phones, or workers' phones, goes through it.
/// </summary>
public sealed class PersonalDataAccess(IHttpContextAccessor http, GridDbContext db)
{
    private PersonalDataViewer? viewer;

    public async ValueTask<PersonalDataViewer> ViewerAsync(CancellationToken cancellationToken)
    {
        if (viewer is not null)
        {
            return viewer;
        }

        var user = http.HttpContext?.User;
        var district = DistrictCaller.From(user).District;
        var roles = user?.FindAll(DistrictCaller.RoleClaim).Select(c => c.Value).ToList() ?? [];
        var subject = user?.FindFirst(DistrictCaller.SubjectClaim)?.Value;
        IReadOnlyList<Guid> grids = [];
        if (district is not null && subject is not null && roles.Contains(PersonalDataViewer.GridWorkerRole))
        {
            // The district is named because a city-level caller's query filter lets every district through.
            grids = await db.Set<GridWorker>().AsNoTracking()
                .Where(w => w.District == district && w.Account == subject)
                .SelectMany(w => w.Assignments.Select(a => a.GridId))
                .ToListAsync(cancellationToken);
        }

        return viewer = PersonalDataViewer.For(district, roles, grids);
    }
}
