namespace Governance.Volunteers.Domain.Matching;

/// <summary>A stretch of real time, e.g. a need's window or an assignment's commitment.</summary>
public readonly record struct TimeWindow(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;

    public bool Overlaps(TimeWindow other) => From < other.To && other.From < To;
}

/// <summary>A weekly slot a volunteer is usually free, in the district's local time (e.g. Saturdays 09:00–12:00).</summary>
public sealed record WeeklyWindow(DayOfWeek Day, TimeOnly From, TimeOnly To);
