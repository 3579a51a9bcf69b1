using System.Globalization;
using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Domain.Matching;

/// <summary>
/// Ranks volunteers for a need (精准匹配) on four factors adding up to 100 points: skill fit, proximity
/// on the territorial ladder, availability in the need's window and fairness (fewer recent
/// assignments first). Volunteers without an accepted skill, or committed to another need in an
/// overlapping window, are left out. Equal scores are ordered by volunteer id, so the same data
/// always gives the same ranking.
/// </summary>
/// <remarks>Points are kept in tenths as integers so that sums and ties are exact.</remarks>
public static class Matcher
{
    public const string SkillFactor = "skill";
    public const string ProximityFactor = "proximity";
    public const string AvailabilityFactor = "availability";
    public const string FairnessFactor = "fairness";

    // Skill weighs most: a need is first of all a task someone must be able to do.
    public const int SkillMax = 400;
    public const int BasicPoints = 200;
    public const int SkilledPoints = 300;
    public const int ExpertPoints = 350;
    public const int VerifiedCredentialPoints = 50;

    // Proximity follows 小事不出网格: help from the same grid first, then the community, then the street.
    public const int ProximityMax = 300;
    public const int SameGridPoints = 300;
    public const int SameCommunityPoints = 200;
    public const int SameStreetPoints = 100;

    // Availability: share of the window (or of its first FullAvailability, for long windows) the volunteer is usually free.
    public const int AvailabilityMax = 200;
    public static readonly TimeSpan FullAvailability = TimeSpan.FromHours(4);

    // Fairness: each recent assignment costs a quarter, so the same few people are not always picked.
    public const int FairnessMax = 100;
    public const int PointsPerRecentAssignment = 25;
    public static readonly TimeSpan RecentPeriod = TimeSpan.FromDays(30);

    /// <summary>Weekly availability is entered in the districts' local time, China Standard Time (UTC+8, no daylight saving).</summary>
    public static readonly TimeSpan LocalOffset = TimeSpan.FromHours(8);

    private const int MaxDaysScanned = 366;

    /// <summary>The best <paramref name="top"/> candidates, best first, with their explained scores.</summary>
    public static IReadOnlyList<Match> Rank(NeedProfile need, IEnumerable<Candidate> candidates, int top)
    {
        var ranking = new Ranking(need, top);
        ranking.Consider(candidates);
        return ranking.Best();
    }

    /// <summary>
    /// The highest score anyone at <paramref name="proximity"/> could reach, whatever their skill,
    /// availability and load: a ranking whose worst kept score is above it needs nobody from there.
    /// </summary>
    public static int Ceiling(Proximity proximity) => SkillMax + ProximityPoints(proximity) + AvailabilityMax + FairnessMax;

    /// <summary>
    /// The skill levels that earn at least <paramref name="points"/>: with any credential, and only with a
    /// verified one. Lets a query leave out rows that cannot score enough.
    /// </summary>
    public static (IReadOnlyList<SkillLevel> Any, IReadOnlyList<SkillLevel> IfVerified) LevelsReaching(int points)
    {
        var levels = Enum.GetValues<SkillLevel>();
        return ([.. levels.Where(l => LevelPoints(l) >= points)],
            [.. levels.Where(l => LevelPoints(l) < points && LevelPoints(l) + VerifiedCredentialPoints >= points)]);
    }

    /// <summary>A candidate's score, or null when they cannot take the need at all.</summary>
    public static Evaluation? Evaluate(NeedProfile need, Candidate candidate) => Evaluate(need, candidate, int.MinValue);

    /// <summary>As <see cref="Evaluate(NeedProfile, Candidate)"/>, but also null when the score must stay below <paramref name="bar"/>.</summary>
    internal static Evaluation? Evaluate(NeedProfile need, Candidate candidate, int bar)
    {
        var proximity = candidate.Home.ProximityTo(need.Place);
        var proximityPoints = ProximityPoints(proximity);
        var fairnessPoints = Math.Max(0, FairnessMax - (PointsPerRecentAssignment * candidate.RecentAssignments));
        // In a large pool most candidates cannot beat a full ranking even with the best skill and a free
        // window: they are turned away before the skill lookups.
        if (SkillMax + proximityPoints + fairnessPoints + AvailabilityMax < bar)
        {
            return null;
        }

        // Index loops: an interface foreach allocates an enumerator per candidate, which shows over 100,000 of them.
        var skills = candidate.Skills;
        var bestHeld = 0;
        for (var i = 0; i < skills.Count; i++)
        {
            bestHeld = Math.Max(bestHeld, SkillPoints(skills[i]));
        }

        // The best skill they hold at all bounds the accepted one, and costs no set lookup.
        if (bestHeld + proximityPoints + fairnessPoints + AvailabilityMax < bar)
        {
            return null;
        }

        VolunteerSkill? skill = null;
        var skillPoints = 0;
        for (var i = 0; i < skills.Count; i++)
        {
            var held = skills[i];
            if (SkillPoints(held) is var points && points > skillPoints && need.AcceptedSkills.Contains(held.Skill))
            {
                skill = held;
                skillPoints = points;
            }
        }

        if (skill is null || skillPoints + proximityPoints + fairnessPoints + AvailabilityMax < bar)
        {
            return null;
        }

        var commitments = candidate.Commitments;
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i].Overlaps(need.Window))
            {
                return null;
            }
        }

        var free = FreeTime(candidate.Availability, need.Window);
        var target = AvailabilityTarget(need.Window);
        var availabilityPoints = target > TimeSpan.Zero ? (int)(AvailabilityMax * free.Ticks / target.Ticks) : 0;
        return new Evaluation(candidate.VolunteerId, skill, skillPoints, proximity, proximityPoints, free, availabilityPoints,
            candidate.RecentAssignments, fairnessPoints);
    }

    /// <summary>Orders evaluations best first: higher score, then lower volunteer id.</summary>
    public static IComparer<Evaluation> Order => BestFirst.Instance;

    public static Match Explain(NeedProfile need, Evaluation e)
    {
        var skillReason = e.Skill.Skill == need.Skill
            ? $"{Level(e.Skill.Level)} in {need.Skill}"
            : $"{Level(e.Skill.Level)} in {e.Skill.Skill}, which is part of {need.Skill}";
        if (e.Skill.Verified)
        {
            skillReason += $", verified credential ({e.Skill.CredentialName})";
        }

        var proximityReason = e.Proximity switch
        {
            Proximity.SameGrid => "lives in the same grid",
            Proximity.SameCommunity => "lives in the same community",
            Proximity.SameStreet => "lives in the same street",
            _ => "lives outside the need's street",
        };
        var target = AvailabilityTarget(need.Window);
        var availabilityReason = e.FreeTime == TimeSpan.Zero
            ? "no declared availability in the window"
            : $"usually free {Hours(e.FreeTime)} of the {Hours(target)} that count";
        var fairnessReason = e.RecentAssignments == 0
            ? "no assignments in the last 30 days"
            : $"{e.RecentAssignments} assignment(s) in the last 30 days";
        return new Match(e.VolunteerId, Points(e.Score),
        [
            new MatchFactor(SkillFactor, Points(e.SkillPoints), Points(SkillMax), skillReason),
            new MatchFactor(ProximityFactor, Points(e.ProximityPoints), Points(ProximityMax), proximityReason),
            new MatchFactor(AvailabilityFactor, Points(e.AvailabilityPoints), Points(AvailabilityMax), availabilityReason),
            new MatchFactor(FairnessFactor, Points(e.FairnessPoints), Points(FairnessMax), fairnessReason),
        ]);
    }

    /// <summary>What holding <paramref name="skill"/> is worth, in tenths of a point.</summary>
    public static int SkillPoints(VolunteerSkill skill) => LevelPoints(skill.Level) + (skill.Verified ? VerifiedCredentialPoints : 0);

    private static int LevelPoints(SkillLevel level) => level switch
    {
        SkillLevel.Expert => ExpertPoints,
        SkillLevel.Skilled => SkilledPoints,
        _ => BasicPoints,
    };

    private static int ProximityPoints(Proximity proximity) => proximity switch
    {
        Proximity.SameGrid => SameGridPoints,
        Proximity.SameCommunity => SameCommunityPoints,
        Proximity.SameStreet => SameStreetPoints,
        _ => 0,
    };

    private static TimeSpan AvailabilityTarget(TimeWindow window) => window.Length < FullAvailability ? window.Length : FullAvailability;

    /// <summary>How much of the window the weekly slots cover, counted up to the target only.</summary>
    private static TimeSpan FreeTime(IReadOnlyList<WeeklyWindow> availability, TimeWindow window)
    {
        var target = AvailabilityTarget(window);
        if (availability.Count == 0 || target <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var from = window.From.ToOffset(LocalOffset);
        var to = window.To.ToOffset(LocalOffset);
        var free = TimeSpan.Zero;
        var day = new DateTimeOffset(from.Date, LocalOffset);
        for (var scanned = 0; day < to && scanned < MaxDaysScanned; scanned++, day = day.AddDays(1))
        {
            for (var i = 0; i < availability.Count; i++)
            {
                var slot = availability[i];
                if (slot.Day != day.DayOfWeek)
                {
                    continue;
                }

                var start = day + slot.From.ToTimeSpan();
                var end = day + slot.To.ToTimeSpan();
                var overlap = (end < to ? end : to) - (start > from ? start : from);
                if (overlap > TimeSpan.Zero)
                {
                    free += overlap;
                    if (free >= target)
                    {
                        return target;
                    }
                }
            }
        }

        return free;
    }

    private static decimal Points(int tenths) => tenths / 10m;

    private static string Level(SkillLevel level) => level switch
    {
        SkillLevel.Expert => "expert",
        SkillLevel.Skilled => "skilled",
        _ => "basic",
    };

    private static string Hours(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalHours:0.#} h");

    internal sealed class BestFirst : IComparer<Evaluation>
    {
        public static readonly BestFirst Instance = new();

        public int Compare(Evaluation? x, Evaluation? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var byScore = y.Score.CompareTo(x.Score);
            return byScore != 0 ? byScore : x.VolunteerId.CompareTo(y.VolunteerId);
        }
    }

    internal sealed class WorstFirst : IComparer<Evaluation>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(Evaluation? x, Evaluation? y) => BestFirst.Instance.Compare(y, x);
    }
}

/// <summary>One candidate's points per factor (in tenths) and the facts behind them.</summary>
public sealed record Evaluation(
    Guid VolunteerId,
    VolunteerSkill Skill,
    int SkillPoints,
    Proximity Proximity,
    int ProximityPoints,
    TimeSpan FreeTime,
    int AvailabilityPoints,
    int RecentAssignments,
    int FairnessPoints)
{
    public int Score { get; } = SkillPoints + ProximityPoints + AvailabilityPoints + FairnessPoints;
}
