namespace Governance.Party.Domain.Organizations;

/// <summary>The five levels of the party organisation (五级架构), from the street down to a member's home.</summary>
public enum PartyLevel
{
    StreetCommittee,
    CommunityCommittee,
    GridBranch,
    BuildingGroup,
    MemberHousehold,
}

/// <summary>Where each party level sits on the territorial ladder and under which party level.</summary>
public static class PartyLadder
{
    /// <summary>
    /// The territorial level (as the grid service names it) a unit of this party level must have.
    /// A party-member household sits in its member's building: households are not in the reference data.
    /// </summary>
    public static string UnitLevelOf(PartyLevel level) => level switch
    {
        PartyLevel.StreetCommittee => "street",
        PartyLevel.CommunityCommittee => "community",
        PartyLevel.GridBranch => "grid",
        PartyLevel.BuildingGroup or PartyLevel.MemberHousehold => "building",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static PartyLevel? ParentLevelOf(PartyLevel level) => level switch
    {
        PartyLevel.StreetCommittee => null,
        PartyLevel.CommunityCommittee => PartyLevel.StreetCommittee,
        PartyLevel.GridBranch => PartyLevel.CommunityCommittee,
        PartyLevel.BuildingGroup => PartyLevel.GridBranch,
        PartyLevel.MemberHousehold => PartyLevel.BuildingGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The levels coverage is measured at: one organisation per unit of the level is the goal.</summary>
    public static readonly IReadOnlyList<PartyLevel> CoveredLevels = [PartyLevel.CommunityCommittee, PartyLevel.GridBranch, PartyLevel.BuildingGroup];
}
