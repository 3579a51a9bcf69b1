using Governance.Grid.Domain.Cases;

namespace Governance.Grid.Features.Cases;

/// <summary>Settings under <c>Cases</c>.</summary>
public sealed class CasesOptions
{
    public const string Section = "Cases";

    public SlaOptions Sla { get; set; } = new();

    /// <summary>Open cases of the same category this close to a new one are offered as possible duplicates.</summary>
    public double DuplicateRadiusMeters { get; set; } = DuplicatePolicy.DefaultRadiusMeters;

    /// <summary>How often each replica looks for cases whose deadline has passed.</summary>
    public TimeSpan EscalationPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many overdue cases are taken per transaction.</summary>
    public int EscalationBatchSize { get; set; } = 50;

    internal IEnumerable<string> Errors()
    {
        var durations = Sla.Categories.Select(c => (Name: $"Sla:Categories:{c.Key}", Levels: c.Value)).Prepend(("Sla:Default", Sla.Default));
        foreach (var (name, levels) in durations)
        {
            foreach (var level in Enum.GetValues<CaseLevel>())
            {
                if (levels.For(level) is { } duration && duration <= TimeSpan.Zero)
                {
                    yield return $"Cases:{name}:{level} must be a positive duration.";
                }
            }
        }

        if (DuplicateRadiusMeters is <= 0 or double.NaN)
        {
            yield return "Cases:DuplicateRadiusMeters must be positive.";
        }

        if (EscalationPollInterval <= TimeSpan.Zero)
        {
            yield return "Cases:EscalationPollInterval must be positive.";
        }

        if (EscalationBatchSize < 1)
        {
            yield return "Cases:EscalationBatchSize must be at least 1.";
        }
    }
}
