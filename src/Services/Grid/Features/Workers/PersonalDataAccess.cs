using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Grid.Features.Workers;

/// <summary>
/// The one place that decides, per request, whose personal data the caller may see in full (every
/// response carrying residents' ID numbers or phones, or workers' phones, goes through it) and in which
/// grids a grid worker may change people and work cases. Both follow the caller's worker assignments,
/// read once per request.
/// </summary>
public sealed class PersonalDataAccess(IHttpContextAccessor http, GridDbContext db, IOptions<GridOwnershipOptions> ownership)
{
    private Caller? caller;
    private PersonalDataViewer? viewer;

    public async ValueTask<PersonalDataViewer> ViewerAsync(CancellationToken cancellationToken)
    {
        var (district, roles, grids) = await CallerAsync(cancellationToken);
        return viewer ??= PersonalDataViewer.For(district, roles, grids);
    }

    /// <summary>Null when the caller may <paramref name="action"/> in the grid; otherwise why not (403).</summary>
    public async ValueTask<DomainError?> WorkRefusalAsync(string district, Guid gridId, string action, CancellationToken cancellationToken)
    {
        var (callerDistrict, roles, grids) = await CallerAsync(cancellationToken);
        return GridWorkScope.For(callerDistrict, roles, grids, ownership.Value.UnrestrictedDistricts).Refusal(district, gridId, action);
    }

    private async ValueTask<Caller> CallerAsync(CancellationToken cancellationToken)
    {
        if (caller is not null)
        {
            return caller;
        }

        var user = http.HttpContext?.User;
        var district = DistrictCaller.From(user).District;
        var roles = user?.FindAll(DistrictCaller.RoleClaim).Select(c => c.Value).ToList() ?? [];
        var subject = user?.FindFirst(DistrictCaller.SubjectClaim)?.Value;
        IReadOnlyList<Guid> grids = [];
        if (district is not null && subject is not null && roles.Contains(Roles.GridWorker))
        {
            // The district is named because a city-level caller's query filter lets every district through.
            grids = await db.Set<GridWorker>().AsNoTracking()
                .Where(w => w.District == district && w.Account == subject)
                .SelectMany(w => w.Assignments.Select(a => a.GridId))
                .ToListAsync(cancellationToken);
        }

        return caller = new Caller(district, roles, grids);
    }

    private sealed record Caller(string? District, IReadOnlyCollection<string> Roles, IReadOnlyList<Guid> Grids);
}
