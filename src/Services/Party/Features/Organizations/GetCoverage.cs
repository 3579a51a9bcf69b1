using Governance.Party.Data;
using Governance.Party.Domain.Organizations;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Organizations;

public sealed record CoverageGap(Guid UnitId, string Name, Guid? ParentId);

public sealed record LevelCoverageResponse(PartyLevel Level, string UnitLevel, int Units, int Covered, double Ratio, IReadOnlyList<CoverageGap> Gaps);

public sealed record CoverageResponse(Guid UnitId, string UnitName, string UnitLevel, IReadOnlyList<LevelCoverageResponse> Levels);

public static class GetCoverage
{
    public static async Task<Results<Ok<CoverageResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        PartyDbContext db, CancellationToken cancellationToken, Guid? unitId = null)
    {
        if (unitId is not { } rootId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["unitId"] = ["unitId is required."] });
        }

        var root = await db.UnitAsync(rootId, cancellationToken);
        if (root is null)
        {
            return ApiProblems.NotFound("unit", rootId);
        }

        // The district's whole ladder is a few thousand small rows; walking it in memory keeps the rule pure.
        var units = await db.Units().Select(u => new UnitRef(u.Id, u.Level, u.ParentId, u.Name)).ToListAsync(cancellationToken);
        var organizations = await db.Set<PartyOrganization>().AsNoTracking().Where(o => !o.Mobile)
            .Select(o => new { o.Level, o.UnitId }).ToListAsync(cancellationToken);
        var levels = Coverage.Compute(rootId, units, organizations.Select(o => (o.Level, o.UnitId)).ToList());
        return TypedResults.Ok(new CoverageResponse(root.Id, root.Name, root.Level, levels.Select(l => new LevelCoverageResponse(
            l.Level, l.UnitLevel, l.Units, l.Covered, l.Ratio, l.Gaps.Select(g => new CoverageGap(g.Id, g.Name, g.ParentId)).ToList())).ToList()));
    }
}
