using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Activities;

/// <param name="ByKind">Completed activities per kind (kebab-case names, every kind listed).</param>
/// <param name="Outputs">Each output counter summed over the activities that recorded it.</param>
public sealed record StatsResponse(int Activities, IReadOnlyDictionary<string, int> ByKind, int Attendance, IReadOnlyDictionary<string, int> Outputs);

public static class ActivityStats
{
    /// <summary>Completed activities under a unit starting in a time range: how many of each kind, who came, what was produced.</summary>
    public static async Task<Results<Ok<StatsResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        EventsDbContext db, CancellationToken cancellationToken, Guid? unitId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var errors = ActivityFilters.Errors(from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = await ActivityFilters.QueryAsync(db, unitId, from, to, cancellationToken);
        if (query is null)
        {
            return ApiProblems.NotFound("unit", unitId!.Value);
        }

        var completed = await query.Where(a => a.Status == ActivityStatus.Completed)
            .Select(a => new { a.Kind, a.Attendance, a.Outputs })
            .ToListAsync(cancellationToken);
        var byKind = Enum.GetValues<ActivityKind>().ToDictionary(WireNames.Name, k => completed.Count(a => a.Kind == k), StringComparer.Ordinal);
        var outputs = completed.SelectMany(a => a.Outputs)
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Value), StringComparer.Ordinal);
        return TypedResults.Ok(new StatsResponse(completed.Count, byKind, completed.Sum(a => a.Attendance ?? 0), outputs));
    }
}
