using Governance.ServiceDefaults.Domain;

namespace Governance.Volunteers.Domain.Hours;

/// <summary>A stretch of a volunteer's time already in the ledger; an open check-in has no end yet.</summary>
public sealed record HoursPeriod(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    public bool IsOpen => EndedAt is null;
}

public static class HoursRules
{
    public static readonly TimeSpan MaxSpan = TimeSpan.FromHours(24);

    /// <summary>Hours to two decimals (36 seconds), the precision of the ledger and the CSV.</summary>
    public static decimal HoursBetween(DateTimeOffset start, DateTimeOffset end) =>
        Math.Round((decimal)(end - start).TotalHours, 2, MidpointRounding.AwayFromZero);

    /// <summary>Why a start and end cannot make an entry, or null.</summary>
    public static string? SpanError(DateTimeOffset start, DateTimeOffset end) =>
        end <= start ? $"endedAt ({end:O}) must be after startedAt ({start:O})."
        : end - start > MaxSpan ? $"An entry covers at most {MaxSpan.TotalHours:0} hours; {start:O} to {end:O} is {HoursBetween(start, end)}."
        : null;

    /// <summary>A finished period must also not end in the future.</summary>
    public static string? PeriodError(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) =>
        SpanError(start, end) ?? (end > now ? $"endedAt {end:O} is in the future." : null);

    /// <summary>
    /// The first of <paramref name="others"/> that shares time with <paramref name="candidate"/>
    /// (the candidate's own id is skipped). Touching ends do not overlap; an open period runs on forever.
    /// </summary>
    public static HoursPeriod? Overlapping(HoursPeriod candidate, IEnumerable<HoursPeriod> others) =>
        others.FirstOrDefault(other => other.Id != candidate.Id
            && other.StartedAt < (candidate.EndedAt ?? DateTimeOffset.MaxValue)
            && candidate.StartedAt < (other.EndedAt ?? DateTimeOffset.MaxValue));

    internal static DomainError OverlapError(Guid volunteerId, HoursPeriod clash) =>
        DomainError.Rule($"Volunteer {volunteerId} already has entry {clash.Id} from {clash.StartedAt:O} "
            + (clash.EndedAt is { } end ? $"to {end:O}" : "(still checked in)") + "; a volunteer's entries cannot overlap.");
}
