using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using static Governance.Volunteers.Tests.Domain.Matching.MatchingData;

namespace Governance.Volunteers.Tests.Domain.Matching;

public sealed class MatcherTests
{
    [Fact]
    public void A_perfect_candidate_scores_every_factor_in_full_but_the_skill_level()
    {
        var match = Matcher.Rank(LegalNeed(), [Volunteer(1, level: SkillLevel.Expert, verified: true)], 10).Single();

        Assert.Equal(40m, match.Factor(Matcher.SkillFactor).Points);
        Assert.Equal(30m, match.Factor(Matcher.ProximityFactor).Points);
        Assert.Equal(20m, match.Factor(Matcher.AvailabilityFactor).Points);
        Assert.Equal(10m, match.Factor(Matcher.FairnessFactor).Points);
        Assert.Equal(100m, match.Score);
        Assert.Contains("verified credential", match.Factor(Matcher.SkillFactor).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SkillLevel.Basic, false, 20)]
    [InlineData(SkillLevel.Skilled, false, 30)]
    [InlineData(SkillLevel.Expert, false, 35)]
    [InlineData(SkillLevel.Basic, true, 25)]
    public void Skill_points_follow_the_level_and_a_verified_credential(SkillLevel level, bool verified, int points)
    {
        var match = Matcher.Rank(LegalNeed(), [Volunteer(1, level: level, verified: verified)], 1).Single();

        Assert.Equal(points, match.Factor(Matcher.SkillFactor).Points);
    }

    [Fact]
    public void An_unverified_credential_earns_nothing_extra()
    {
        var candidate = Volunteer(1) with { Skills = [new VolunteerSkill("legal", SkillLevel.Skilled, "Lawyer's licence", false)] };

        var match = Matcher.Rank(LegalNeed(), [candidate], 1).Single();

        Assert.Equal(30m, match.Factor(Matcher.SkillFactor).Points);
    }

    [Fact]
    public void A_skill_beneath_the_needed_one_is_accepted_and_named_in_the_reason()
    {
        var match = Matcher.Rank(LegalNeed(), [Volunteer(1, skill: "legal-consultation")], 1).Single();

        Assert.Equal(30m, match.Factor(Matcher.SkillFactor).Points);
        Assert.Contains("legal-consultation, which is part of legal", match.Factor(Matcher.SkillFactor).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_best_of_several_accepted_skills_counts()
    {
        var candidate = Volunteer(1) with
        {
            Skills = [new VolunteerSkill("mediation", SkillLevel.Basic), new VolunteerSkill("legal-consultation", SkillLevel.Expert)],
        };

        var match = Matcher.Rank(LegalNeed(), [candidate], 1).Single();

        Assert.Equal(35m, match.Factor(Matcher.SkillFactor).Points);
    }

    [Fact]
    public void A_volunteer_without_an_accepted_skill_is_no_candidate()
    {
        Assert.Empty(Matcher.Rank(LegalNeed(), [Volunteer(1, skill: "first-aid")], 10));
    }

    [Fact]
    public void Proximity_follows_the_ladder_grid_then_community_then_street()
    {
        var ranked = Matcher.Rank(LegalNeed(),
            [Volunteer(1, home: Elsewhere), Volunteer(2, home: SameStreet), Volunteer(3, home: SameCommunity), Volunteer(4, home: SameGrid)], 10);

        Assert.Equal([Id(4), Id(3), Id(2), Id(1)], ranked.Select(m => m.VolunteerId));
        Assert.Equal([30m, 20m, 10m, 0m], ranked.Select(m => m.Factor(Matcher.ProximityFactor).Points));
        Assert.Equal("lives in the same community", ranked[1].Factor(Matcher.ProximityFactor).Reason);
    }

    [Fact]
    public void Availability_counts_the_share_of_the_window_covered_in_local_time()
    {
        IReadOnlyList<WeeklyWindow> nineToTen = [new(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(10, 0))];
        IReadOnlyList<WeeklyWindow> sundays = [new(DayOfWeek.Sunday, new TimeOnly(9, 0), new TimeOnly(12, 0))];

        var ranked = Matcher.Rank(LegalNeed(), [Volunteer(1, availability: nineToTen), Volunteer(2, availability: sundays), Volunteer(3)], 10);

        Assert.Equal([Id(3), Id(1), Id(2)], ranked.Select(m => m.VolunteerId));
        Assert.Equal([20m, 6.6m, 0m], ranked.Select(m => m.Factor(Matcher.AvailabilityFactor).Points));
        Assert.Equal("no declared availability in the window", ranked[2].Factor(Matcher.AvailabilityFactor).Reason);
    }

    [Fact]
    public void In_a_long_window_four_free_hours_earn_full_availability()
    {
        var week = new TimeWindow(SaturdayMorning.From, SaturdayMorning.From.AddDays(7));
        IReadOnlyList<WeeklyWindow> twoEvenings =
        [
            new(DayOfWeek.Monday, new TimeOnly(18, 0), new TimeOnly(20, 0)),
            new(DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(20, 0)),
        ];

        var match = Matcher.Rank(LegalNeed(week), [Volunteer(1, availability: twoEvenings)], 1).Single();

        Assert.Equal(20m, match.Factor(Matcher.AvailabilityFactor).Points);
    }

    [Fact]
    public void Fairness_prefers_volunteers_with_fewer_recent_assignments()
    {
        var ranked = Matcher.Rank(LegalNeed(), [Volunteer(1, recentAssignments: 2), Volunteer(2, recentAssignments: 5), Volunteer(3)], 10);

        Assert.Equal([Id(3), Id(1), Id(2)], ranked.Select(m => m.VolunteerId));
        Assert.Equal([10m, 5m, 0m], ranked.Select(m => m.Factor(Matcher.FairnessFactor).Points));
    }

    [Fact]
    public void A_volunteer_committed_in_an_overlapping_window_is_excluded()
    {
        var overlapping = new TimeWindow(SaturdayMorning.From.AddHours(2), SaturdayMorning.To.AddHours(2));
        var before = new TimeWindow(SaturdayMorning.From.AddHours(-3), SaturdayMorning.From);

        var ranked = Matcher.Rank(LegalNeed(), [Volunteer(1, commitments: [overlapping]), Volunteer(2, commitments: [before])], 10);

        Assert.Equal([Id(2)], ranked.Select(m => m.VolunteerId));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_volunteer_id_whatever_the_input_order()
    {
        var candidates = Enumerable.Range(1, 30).Select(i => Volunteer(i)).ToList();

        var forward = Matcher.Rank(LegalNeed(), candidates, 5);
        var backward = Matcher.Rank(LegalNeed(), Enumerable.Reverse(candidates), 5);

        Assert.Equal([Id(1), Id(2), Id(3), Id(4), Id(5)], forward.Select(m => m.VolunteerId));
        Assert.Equal(forward.Select(m => m.VolunteerId), backward.Select(m => m.VolunteerId));
    }

    [Fact]
    public void Top_n_with_the_heap_equals_a_full_sort()
    {
        var random = new Random(7);
        UnitPath[] homes = [SameGrid, SameCommunity, SameStreet, Elsewhere];
        var candidates = Enumerable.Range(1, 500).Select(i => Volunteer(i,
            level: (SkillLevel)random.Next(3), verified: random.Next(2) == 0, home: homes[random.Next(4)],
            recentAssignments: random.Next(5))).ToList();

        var top = Matcher.Rank(LegalNeed(), candidates, 10);
        var sorted = candidates.Select(c => Matcher.Evaluate(LegalNeed(), c)!).Order(Matcher.Order).Take(10);

        Assert.Equal(sorted.Select(e => e.VolunteerId), top.Select(m => m.VolunteerId));
    }
}
