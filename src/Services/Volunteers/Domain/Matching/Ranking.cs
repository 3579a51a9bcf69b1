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

    /// <summary>Whether a candidate at <paramref name="proximity"/> could still make the ranking (a tie counts: the lower id wins it).</summary>
    public bool Wants(Proximity proximity) => best.Count < top || Matcher.Ceiling(proximity) >= best.Peek().Score;

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
