namespace Governance.Volunteers.Domain.Matching;

/// <summary>
/// The best <c>top</c> candidates for a need so far, fed in batches. Feeding the nearest candidates
/// first pays: once the worst kept score is above <see cref="Matcher.Ceiling"/> of a farther rung,
/// nobody from that rung can get in and <see cref="Wants"/> says so, so their rows need not even be loaded.
/// </summary>
public sealed class Ranking
{
    private readonly NeedProfile need;
    private readonly int top;

    // A bounded heap whose root is the worst of the best so far: O(n log top), no full sort.
    private readonly PriorityQueue<Evaluation, Evaluation> best;

    public Ranking(NeedProfile need, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        this.need = need;
        this.top = top;
        best = new PriorityQueue<Evaluation, Evaluation>(top + 1, Matcher.WorstFirst.Instance);
    }

    /// <summary>The score to reach (a tie may still win on the lower id) once the ranking is full; null while anyone gets in.</summary>
    public int? Bar => best.Count < top ? null : best.Peek().Score;

    /// <summary>Whether a candidate at <paramref name="proximity"/> could still make the ranking.</summary>
    public bool Wants(Proximity proximity) => Bar is not { } bar || Matcher.Ceiling(proximity) >= bar;

    /// <summary>
    /// The fewest skill points a candidate at <paramref name="proximity"/> needs to still make the ranking,
    /// even with a free window and no recent assignments; zero while the ranking is not full.
    /// </summary>
    public int SkillPointsWanted(Proximity proximity) =>
        Bar is { } bar ? Math.Max(0, bar - (Matcher.Ceiling(proximity) - Matcher.SkillMax)) : 0;

    public void Consider(IEnumerable<Candidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            // Once the heap is full, a candidate who cannot reach its worst score is not worth the availability scan.
            var bar = best.Count < top ? int.MinValue : best.Peek().Score;
            if (Matcher.Evaluate(need, candidate, bar) is not { } evaluation)
            {
                continue;
            }

            if (best.Count < top)
            {
                best.Enqueue(evaluation, evaluation);
            }
            else if (Matcher.Order.Compare(evaluation, best.Peek()) < 0)
            {
                best.EnqueueDequeue(evaluation, evaluation);
            }
        }
    }

    /// <summary>The ranking, best first, with each score explained.</summary>
    public IReadOnlyList<Match> Best() =>
        [.. best.UnorderedItems.Select(item => item.Element).Order(Matcher.Order).Select(e => Matcher.Explain(need, e))];
}
