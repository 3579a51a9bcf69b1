using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using static Governance.Volunteers.Tests.Domain.Matching.MatchingData;

namespace Governance.Volunteers.Tests.Domain.Matching;

public class RankingTests
{
    [Fact]
    public void A_ranking_that_is_not_full_wants_candidates_from_anywhere()
    {
        var ranking = new Ranking(LegalNeed(), 2);
        ranking.Consider([Volunteer(1, level: SkillLevel.Expert, verified: true)]);

        Assert.True(ranking.Wants(Proximity.Elsewhere));
    }

    [Fact]
    public void A_full_ranking_of_near_candidates_no_longer_wants_anyone_from_outside_the_street()
    {
        var ranking = new Ranking(LegalNeed(), 2);
        // 30 skill + 30 same grid + 20 available + 10 fair = 90 points, above the 70 anyone elsewhere can reach.
        ranking.Consider([Volunteer(1), Volunteer(2)]);

        Assert.False(ranking.Wants(Proximity.Elsewhere));
        Assert.True(ranking.Wants(Proximity.SameGrid));
    }

    [Fact]
    public void A_tie_with_the_ceiling_is_still_wanted_because_a_lower_id_wins_ties()
    {
        var ranking = new Ranking(LegalNeed(), 1);
        // 35 skill + 5 credential + 10 same street + 20 available + 10 fair = 80: exactly what a same-street candidate can reach.
        ranking.Consider([Volunteer(5, level: SkillLevel.Expert, verified: true, home: SameStreet)]);

        Assert.Equal(Matcher.Ceiling(Proximity.SameStreet), (int)(ranking.Best().Single().Score * 10));
        Assert.True(ranking.Wants(Proximity.SameStreet));
        ranking.Consider([Volunteer(4, level: SkillLevel.Expert, verified: true, home: SameStreet)]);
        Assert.Equal(Id(4), ranking.Best().Single().VolunteerId);
    }

    [Fact]
    public void Feeding_in_batches_ranks_as_one_pass_over_everyone()
    {
        Candidate[] near = [Volunteer(1, home: SameCommunity), Volunteer(2, level: SkillLevel.Basic), Volunteer(3, recentAssignments: 2)];
        Candidate[] far = [Volunteer(4, level: SkillLevel.Expert, verified: true, home: Elsewhere), Volunteer(5, home: SameStreet)];
        var ranking = new Ranking(LegalNeed(), 3);
        ranking.Consider(near);
        ranking.Consider(far);

        Assert.Equal(Matcher.Rank(LegalNeed(), [.. far, .. near], 3), ranking.Best(), (x, y) => x.VolunteerId == y.VolunteerId && x.Score == y.Score);
    }

    [Fact]
    public void A_full_ranking_says_how_many_skill_points_someone_from_elsewhere_still_needs()
    {
        var ranking = new Ranking(LegalNeed(), 1);
        Assert.Equal(0, ranking.SkillPointsWanted(Proximity.Elsewhere));

        // 30 skill + 20 same community + 20 available + 10 fair = 80 points: from elsewhere that takes 50 points of skill, more than any level earns.
        ranking.Consider([Volunteer(1, home: SameCommunity)]);

        Assert.Equal(500, ranking.SkillPointsWanted(Proximity.Elsewhere));
        var (any, ifVerified) = Matcher.LevelsReaching(500);
        Assert.Empty(any);
        Assert.Empty(ifVerified);
    }

    [Fact]
    public void The_levels_reaching_a_score_count_a_verified_credential_only_where_it_makes_the_difference()
    {
        var (any, ifVerified) = Matcher.LevelsReaching(Matcher.ExpertPoints);

        Assert.Equal([SkillLevel.Expert], any);
        Assert.Equal([SkillLevel.Skilled], ifVerified);
        Assert.Equal(Enum.GetValues<SkillLevel>(), Matcher.LevelsReaching(0).Any);
    }
}
