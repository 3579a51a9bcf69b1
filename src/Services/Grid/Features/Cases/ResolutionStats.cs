using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

/// <summary>
/// Where the cases reported in [from, to) were solved. Duplicates merged into another case are not
/// counted. <see cref="GridResolutionRate"/> ("小事不出网格") is the share of the counted cases solved
/// at grid level, null when there are none.
/// </summary>
public sealed record ResolutionStatsResponse(
    Guid? UnitId, DateTimeOffset? From, DateTimeOffset? To,
    int ResolvedAtGrid, int ResolvedAtCommunity, int ResolvedAtStreet, int Unresolved, int Total, double? GridResolutionRate);

public static class ResolutionStats
{
    public static async Task<Results<Ok<ResolutionStatsResponse>, ValidationProblem>> Handle(
        GridDbContext db, CancellationToken cancellationToken, Guid? unitId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        if (from is not null && to is not null && from >= to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["to must be later than from."] });
        }

        var query = db.Cases.AsNoTracking().Where(c => c.MergedInto == null);
        if (unitId is { } unit)
        {
            query = query.Where(c => c.GridId == unit || c.CommunityId == unit || c.StreetId == unit);
        }

        if (from is { } start)
        {
            query = query.Where(c => c.CreatedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(c => c.CreatedAt < end);
        }

        var counts = await query
            .GroupBy(c => new { Solved = c.Status == CaseStatus.Resolved || c.Status == CaseStatus.Closed, c.Level })
            .Select(g => new { g.Key.Solved, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Solved(CaseLevel level) => counts.Where(c => c.Solved && c.Level == level).Sum(c => c.Count);
        var grid = Solved(CaseLevel.Grid);
        var total = counts.Sum(c => c.Count);
        return TypedResults.Ok(new ResolutionStatsResponse(
            unitId, from, to, grid, Solved(CaseLevel.Community), Solved(CaseLevel.Street),
            counts.Where(c => !c.Solved).Sum(c => c.Count), total,
            total == 0 ? null : Math.Round((double)grid / total, 4)));
    }
}
