using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Features.Skills;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

public sealed record WeightResponse(string Factor, decimal Max, string Meaning);

public sealed record MatchResponse(Guid VolunteerId, string Name, decimal Score, IReadOnlyList<MatchFactor> Factors);

public sealed record MatchesResponse(Guid NeedId, string Skill, IReadOnlyList<string> AcceptedSkills, IReadOnlyList<WeightResponse> Weights, IReadOnlyList<MatchResponse> Matches);

public static class GetMatches
{
    public const int MaxTop = 50;

    private static readonly IReadOnlyList<WeightResponse> Weights =
    [
        new(Matcher.SkillFactor, Matcher.SkillMax / 10m,
            $"level basic {Matcher.BasicPoints / 10m}, skilled {Matcher.SkilledPoints / 10m}, expert {Matcher.ExpertPoints / 10m}; a verified credential adds {Matcher.VerifiedCredentialPoints / 10m}"),
        new(Matcher.ProximityFactor, Matcher.ProximityMax / 10m,
            $"same grid {Matcher.SameGridPoints / 10m}, same community {Matcher.SameCommunityPoints / 10m}, same street {Matcher.SameStreetPoints / 10m}"),
        new(Matcher.AvailabilityFactor, Matcher.AvailabilityMax / 10m,
            $"share of the window (at most its first {Matcher.FullAvailability.TotalHours} h) covered by weekly availability"),
        new(Matcher.FairnessFactor, Matcher.FairnessMax / 10m,
            $"minus {Matcher.PointsPerRecentAssignment / 10m} per assignment in the last {Matcher.RecentPeriod.TotalDays} days"),
    ];

    /// <summary>
    /// The best candidates for a need, best first, each score explained; volunteers committed in an
    /// overlapping window (this need included) are left out. Ties go to the lower volunteer id.
    /// </summary>
    public static async Task<Results<Ok<MatchesResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, VolunteersDbContext db, SkillTrees trees, TimeProvider clock, CancellationToken cancellationToken, int? top = null)
    {
        if (top is < 1 or > MaxTop)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["top"] = [$"top must be between 1 and {MaxTop}."] });
        }

        var need = await db.Set<Need>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (need is null)
        {
            return ApiProblems.NotFound("need", id);
        }

        if (need.Status == NeedStatus.Cancelled)
        {
            return ApiProblems.From(DomainError.WrongState(need.Status, $"Need {id} was cancelled; it needs no volunteers."));
        }

        var profile = NeedMatching.Profile(need, await trees.CurrentAsync(cancellationToken));
        var matches = await NeedMatching.RankAsync(db, need, profile, top ?? 10, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new MatchesResponse(need.Id, need.Skill, [.. profile.AcceptedSkills.Order(StringComparer.Ordinal)], Weights,
            [.. matches.Select(m => new MatchResponse(m.Match.VolunteerId, m.Name, m.Match.Score, m.Match.Factors))]));
    }
}
