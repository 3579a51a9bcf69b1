namespace Governance.Grid.Domain.Cases;

/// <summary>How long a case may stay at each level before it climbs.</summary>
public sealed class LevelDurations
{
    public TimeSpan? Grid { get; set; }

    public TimeSpan? Community { get; set; }

    public TimeSpan? Street { get; set; }

    public TimeSpan? For(CaseLevel level) => level switch
    {
        CaseLevel.Grid => Grid,
        CaseLevel.Community => Community,
        CaseLevel.Street => Street,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}

/// <summary>
/// SLA settings (<c>Cases:Sla</c>): a default per level and per-category overrides of any level
/// (<c>Cases:Sla:Categories:{category}:{Level}</c>).
/// </summary>
public sealed class SlaOptions
{
    public static readonly TimeSpan FallbackGrid = TimeSpan.FromDays(3);
    public static readonly TimeSpan FallbackCommunity = TimeSpan.FromDays(5);
    public static readonly TimeSpan FallbackStreet = TimeSpan.FromDays(10);

    public LevelDurations Default { get; set; } = new();

    public Dictionary<string, LevelDurations> Categories { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The deadlines of a case's stay at one level: the band turns amber at <see cref="AmberAt"/>, red after <see cref="RedAt"/>.</summary>
public sealed record Deadline(DateTimeOffset DueAt, DateTimeOffset AmberAt, DateTimeOffset RedAt);

/// <summary>What the SLA timer does with a case whose deadline has passed.</summary>
public enum DeadlineOutcome
{
    /// <summary>Nothing: the case is closed, resolved, not yet due, or already marked overdue.</summary>
    None,
    Escalate,
    MarkOverdue,
}

/// <summary>Deadlines, bands and what happens when a deadline passes, from the configured SLAs.</summary>
public sealed class SlaPolicy(SlaOptions options)
{
    /// <summary>Above this share of its time left a case is green.</summary>
    public const double AmberShareLeft = 0.25;

    /// <summary>Below this share of its time left a case is red.</summary>
    public const double RedShareLeft = 0.10;

    public TimeSpan DurationOf(string category, CaseLevel level)
    {
        var configured = options.Categories.TryGetValue(category, out var overrides) ? overrides.For(level) : null;
        var duration = configured ?? options.Default.For(level) ?? level switch
        {
            CaseLevel.Grid => SlaOptions.FallbackGrid,
            CaseLevel.Community => SlaOptions.FallbackCommunity,
            _ => SlaOptions.FallbackStreet,
        };
        return duration > TimeSpan.Zero ? duration : throw new InvalidOperationException(
            $"The SLA of category '{category}' at level {level} must be positive, not {duration}.");
    }

    /// <summary>The deadline of a case of <paramref name="category"/> entering <paramref name="level"/> at <paramref name="enteredAt"/>.</summary>
    public Deadline Start(string category, CaseLevel level, DateTimeOffset enteredAt)
    {
        var duration = DurationOf(category, level);
        return new Deadline(
            enteredAt + duration,
            enteredAt + (duration * (1 - AmberShareLeft)),
            enteredAt + (duration * (1 - RedShareLeft)));
    }

    /// <summary>The band of an open case; null once resolved or closed, when no clock runs.</summary>
    public static SlaBand? BandOf(CaseStatus status, Deadline deadline, bool overdue, DateTimeOffset now)
    {
        if (!status.IsOpen())
        {
            return null;
        }

        if (overdue || now > deadline.RedAt)
        {
            return SlaBand.Red;
        }

        return now < deadline.AmberAt ? SlaBand.Green : SlaBand.Amber;
    }

    public static DeadlineOutcome OutcomeAt(CaseStatus status, CaseLevel level, DateTimeOffset dueAt, bool overdue, DateTimeOffset now)
    {
        if (!status.IsOpen() || now < dueAt || overdue)
        {
            return DeadlineOutcome.None;
        }

        return level.Next() is null ? DeadlineOutcome.MarkOverdue : DeadlineOutcome.Escalate;
    }
}
