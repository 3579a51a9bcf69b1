namespace Governance.Grid.Domain.Territory;

/// <summary>The rungs of the territorial ladder, from the largest to the smallest.</summary>
public enum UnitLevel
{
    Street,
    Community,
    Grid,
    Building,
}

public static class TerritorialLadder
{
    /// <summary>The level a unit's parent must have; a street's parent is the district itself (no unit).</summary>
    public static UnitLevel? ParentLevelOf(UnitLevel level) => level switch
    {
        UnitLevel.Street => null,
        UnitLevel.Community => UnitLevel.Street,
        UnitLevel.Grid => UnitLevel.Community,
        UnitLevel.Building => UnitLevel.Grid,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Why a unit of <paramref name="level"/> cannot sit under a parent of <paramref name="parentLevel"/>, or null when it can.</summary>
    public static string? PlacementError(UnitLevel level, UnitLevel? parentLevel)
    {
        var expected = ParentLevelOf(level);
        if (expected == parentLevel)
        {
            return null;
        }

        return expected is null
            ? $"A {Describe(level)} sits directly under the district, so it has no parentId."
            : $"A {Describe(level)} must sit under a {Describe(expected.Value)}"
              + (parentLevel is null ? ", so parentId is required." : $", not under a {Describe(parentLevel.Value)}.");
    }

    private static string Describe(UnitLevel level) => level.ToString().ToLowerInvariant();
}
