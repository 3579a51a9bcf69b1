namespace Governance.Party.Domain.Organizations;

public sealed record LevelCoverage(PartyLevel Level, string UnitLevel, int Units, int Covered, double Ratio, IReadOnlyList<UnitRef> Gaps);

/// <summary>
/// Full coverage (横向到边、纵向到底): every community, grid and building beneath a unit should have
/// a territorial organisation at its level. Mobile branches cover nobody's ground, so they do not count.
/// </summary>
public static class Coverage
{
    /// <param name="units">The district's units (at least every one beneath <paramref name="rootId"/>).</param>
    /// <param name="organizations">The district's territorial organisations, as (level, unit).</param>
    public static IReadOnlyList<LevelCoverage> Compute(
        Guid rootId, IReadOnlyCollection<UnitRef> units, IReadOnlyCollection<(PartyLevel Level, Guid UnitId)> organizations)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var beneath = new List<UnitRef>();
        var pending = new Stack<Guid>([rootId]);
        while (pending.Count > 0)
        {
            foreach (var child in children[pending.Pop()])
            {
                beneath.Add(child);
                pending.Push(child.Id);
            }
        }

        var covered = organizations.ToHashSet();
        return PartyLadder.CoveredLevels.Select(level =>
        {
            var unitLevel = PartyLadder.UnitLevelOf(level);
            var atLevel = beneath.Where(u => u.Level == unitLevel).ToList();
            var gaps = atLevel.Where(u => !covered.Contains((level, u.Id))).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
            var ratio = atLevel.Count == 0 ? 1.0 : Math.Round((double)(atLevel.Count - gaps.Count) / atLevel.Count, 4);
            return new LevelCoverage(level, unitLevel, atLevel.Count, atLevel.Count - gaps.Count, ratio, gaps);
        }).ToList();
    }
}
