using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Domain.Places;

/// <summary>One opening of a weekday, in minutes after local midnight; <see cref="ToMinute"/> may be 1440 (24:00).</summary>
public sealed record OpeningSpan(DayOfWeek Day, int FromMinute, int ToMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public bool Contains(int minute) => minute >= FromMinute && minute < ToMinute;
}

/// <summary>
/// A place's week, in the district's local time: when it is open, and whether a booking's slot fits
/// inside one opening. Spans of a day may not overlap; a place with no spans has published no hours
/// and is never open (it takes no bookings either).
/// </summary>
public sealed class WeeklyHours
{
    public const int MaxSpans = 7 * 6;

    private WeeklyHours(IReadOnlyList<OpeningSpan> spans) => Spans = spans;

    public IReadOnlyList<OpeningSpan> Spans { get; }

    public static WeeklyHours None { get; } = new([]);

    public static DomainResult<WeeklyHours> From(IEnumerable<OpeningSpan> spans)
    {
        var ordered = spans.OrderBy(s => s.Day).ThenBy(s => s.FromMinute).ToList();
        if (ordered.Count > MaxSpans)
        {
            return DomainError.Rule($"openingHours: at most {MaxSpans} openings a week.");
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var span = ordered[i];
            if (span.FromMinute < 0 || span.ToMinute > OpeningSpan.MinutesPerDay || span.FromMinute >= span.ToMinute)
            {
                return DomainError.Rule($"openingHours[{i}]: 'from' must come before 'to', within the day (00:00–24:00).");
            }

            if (i > 0 && ordered[i - 1].Day == span.Day && ordered[i - 1].ToMinute > span.FromMinute)
            {
                return DomainError.Rule($"openingHours: two openings on {span.Day} overlap.");
            }
        }

        return new WeeklyHours(ordered);
    }

    public bool IsOpenAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var minute = (int)local.TimeOfDay.TotalMinutes;
        return Spans.Any(s => s.Day == local.DayOfWeek && s.Contains(minute));
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) lies inside one opening of one local day.</summary>
    public bool Covers(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(from, zone);
        var end = TimeZoneInfo.ConvertTime(to, zone);
        var startMinute = (int)start.TimeOfDay.TotalMinutes;
        var endMinute = end.Date == start.Date
            ? (int)Math.Ceiling(end.TimeOfDay.TotalMinutes)
            : end.Date == start.Date.AddDays(1) && end.TimeOfDay == TimeSpan.Zero ? OpeningSpan.MinutesPerDay : -1;
        return endMinute > startMinute
            && Spans.Any(s => s.Day == start.DayOfWeek && s.FromMinute <= startMinute && endMinute <= s.ToMinute);
    }

    /// <summary>Open minutes between two instants, for utilisation: the week's spans laid over each local day.</summary>
    public double OpenMinutesBetween(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var total = 0.0;
        var day = TimeZoneInfo.ConvertTime(from, zone).Date;
        var lastDay = TimeZoneInfo.ConvertTime(to, zone).Date;
        for (; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var span in Spans.Where(s => s.Day == day.DayOfWeek))
            {
                var opens = LocalInstant(day, span.FromMinute, zone);
                var closes = LocalInstant(day, span.ToMinute, zone);
                var overlap = Min(closes, to) - Max(opens, from);
                total += Math.Max(0, overlap.TotalMinutes);
            }
        }

        return total;
    }

    private static DateTimeOffset LocalInstant(DateTime localDay, int minute, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localDay.AddMinutes(minute), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
