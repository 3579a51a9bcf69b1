using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Domain.Matching;

/// <summary>What a need asks for: any skill of <see cref="AcceptedSkills"/> (the skill's subtree), near <see cref="Place"/>, during <see cref="Window"/>.</summary>
public sealed record NeedProfile(string Skill, IReadOnlySet<string> AcceptedSkills, UnitPath Place, TimeWindow Window);

/// <summary>
/// A volunteer as the matcher sees them: <see cref="Commitments"/> are the windows of their other
/// assignments, <see cref="RecentAssignments"/> how many assignments they took lately (fairness).
/// </summary>
public sealed record Candidate(
    Guid VolunteerId,
    UnitPath Home,
    IReadOnlyList<VolunteerSkill> Skills,
    IReadOnlyList<WeeklyWindow> Availability,
    IReadOnlyList<TimeWindow> Commitments,
    int RecentAssignments);

/// <summary>A ranked candidate and why: the points of each factor out of its maximum.</summary>
public sealed record Match(Guid VolunteerId, decimal Score, IReadOnlyList<MatchFactor> Factors);

public sealed record MatchFactor(string Name, decimal Points, decimal Max, string Reason);
