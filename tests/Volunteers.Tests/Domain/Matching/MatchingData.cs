using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Tests.Domain.Matching;

internal static class MatchingData
{
    public static readonly Guid Street = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Community = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
    public static readonly Guid OtherCommunity = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
    public static readonly Guid Grid = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid OtherGrid = Guid.Parse("00000000-0000-0000-0000-0000000000c2");

    public static readonly UnitPath NeedPlace = new(Street, Community, Grid);
    public static readonly UnitPath SameGrid = NeedPlace;
    public static readonly UnitPath SameCommunity = new(Street, Community, OtherGrid);
    public static readonly UnitPath SameStreet = new(Street, OtherCommunity, null);
    public static readonly UnitPath Elsewhere = new(Guid.Parse("00000000-0000-0000-0000-0000000000a2"), null, null);

    /// <summary>Saturday 5 December 2026, 09:00–12:00 China Standard Time.</summary>
    public static readonly TimeWindow SaturdayMorning = new(
        new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.FromHours(8)));

    public static readonly IReadOnlyList<WeeklyWindow> FreeSaturdayMornings = [new(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0))];

    public static NeedProfile LegalNeed(TimeWindow? window = null) =>
        new("legal", new HashSet<string>(["legal", "legal-consultation", "mediation"]), NeedPlace, window ?? SaturdayMorning);

    public static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    public static Candidate Volunteer(
        int id,
        string skill = "legal",
        SkillLevel level = SkillLevel.Skilled,
        bool verified = false,
        UnitPath? home = null,
        IReadOnlyList<WeeklyWindow>? availability = null,
        IReadOnlyList<TimeWindow>? commitments = null,
        int recentAssignments = 0) =>
        new(Id(id), home ?? SameGrid,
            [new VolunteerSkill(skill, level, verified ? "Lawyer's licence" : null, verified)],
            availability ?? FreeSaturdayMornings, commitments ?? [], recentAssignments);

    public static MatchFactor Factor(this Match match, string name) => match.Factors.Single(f => f.Name == name);
}
