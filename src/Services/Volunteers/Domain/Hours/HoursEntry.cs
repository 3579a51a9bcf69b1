using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;

namespace Governance.Volunteers.Domain.Hours;

public enum HoursSource
{
    Assignment,
    Manual,
    Event,
}

public enum HoursStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// One stretch of a volunteer's service in the hours ledger: a check-in (open until check-out), a
/// manual entry with its reason, or an event's attendance. Coordinators approve or reject pending
/// entries; corrections keep who changed what, when and why.
/// </summary>
public sealed class HoursEntry : IDistrictOwned
{
    public const int MaxReasonLength = 1000;
    public const int MaxActorLength = 200;

    private readonly List<HoursCorrection> corrections = [];

    private HoursEntry()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid VolunteerId { get; private set; }

    public HoursSource Source { get; private set; }

    /// <summary>The assignment checked in against, or the community event attended.</summary>
    public Guid? SourceId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Null while the volunteer is checked in.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public decimal Hours { get; private set; }

    public string? Reason { get; private set; }

    public HoursStatus Status { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a check-out racing an approval or correction loses.</summary>
    public uint Version { get; private set; }

    public bool IsOpen => EndedAt is null;

    public IReadOnlyList<HoursCorrection> Corrections => corrections;

    public HoursPeriod Period => new(Id, StartedAt, EndedAt);

    /// <param name="others">The volunteer's other entries that count (not rejected).</param>
    public static DomainResult<HoursEntry> CheckIn(Guid volunteerId, Guid? assignmentId, IReadOnlyCollection<HoursPeriod> others, string by, DateTimeOffset now)
    {
        if (others.FirstOrDefault(p => p.IsOpen) is { } open)
        {
            return new DomainError(DomainErrorKind.WrongState, "checked-in", $"Volunteer {volunteerId} is already checked in (check-in {open.Id} since {open.StartedAt:O}); check out first.");
        }

        if (HoursRules.Overlapping(new HoursPeriod(Guid.Empty, now, null), others) is { } clash)
        {
            return HoursRules.OverlapError(volunteerId, clash);
        }

        return new HoursEntry
        {
            Id = Guid.CreateVersion7(now),
            VolunteerId = volunteerId,
            Source = assignmentId is null ? HoursSource.Manual : HoursSource.Assignment,
            SourceId = assignmentId,
            StartedAt = now,
            Status = HoursStatus.Pending,
            CreatedBy = by,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Closes a check-in; the hours wait for a coordinator's approval.</summary>
    public DomainError? CheckOut(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return DomainError.WrongState(Status, $"Check-in {Id} was already checked out at {EndedAt:O}.");
        }

        if (HoursRules.SpanError(StartedAt, now) is { } error)
        {
            return DomainError.Rule($"{error} Ask a coordinator to correct check-in {Id} with the real start and end.");
        }

        EndedAt = now;
        Hours = HoursRules.HoursBetween(StartedAt, now);
        UpdatedAt = now;
        return null;
    }

    public static DomainResult<HoursEntry> Manual(
        Guid volunteerId, DateTimeOffset startedAt, DateTimeOffset endedAt, string reason, IReadOnlyCollection<HoursPeriod> others, string by, DateTimeOffset now) =>
        Closed(volunteerId, HoursSource.Manual, null, startedAt, endedAt, reason.Trim(), HoursStatus.Pending, others, by, now);

    /// <summary>Attendance reported by the events service is credited at once: the event's organisers already checked people in.</summary>
    public static DomainResult<HoursEntry> FromEvent(
        Guid volunteerId, Guid activityId, string title, DateTimeOffset startedAt, DateTimeOffset endedAt, IReadOnlyCollection<HoursPeriod> others, DateTimeOffset now)
    {
        var entry = Closed(volunteerId, HoursSource.Event, activityId, startedAt, endedAt, title, HoursStatus.Approved, others, HoursActors.Events, now);
        if (entry.Value is { } credited)
        {
            credited.DecidedBy = HoursActors.Events;
            credited.DecidedAt = now;
        }

        return entry;
    }

    public DomainError? Approve(string by, DateTimeOffset now) => Decide(HoursStatus.Approved, null, by, now);

    public DomainError? Reject(string? note, string by, DateTimeOffset now) => Decide(HoursStatus.Rejected, note, by, now);

    /// <summary>
    /// Changes the hours (or the period, recomputing the hours) of a pending or approved entry, or
    /// closes a check-in that could not be checked out. Returns the change in hours; for an approved
    /// entry that change is what is credited (negative when corrected downwards).
    /// </summary>
    public DomainResult<decimal> Correct(HoursChange change, string reason, IReadOnlyCollection<HoursPeriod> others, string by, DateTimeOffset now)
    {
        if (Status == HoursStatus.Rejected)
        {
            return DomainError.WrongState(Status, $"Entry {Id} was rejected; record the hours as a new entry instead.");
        }

        var startedAt = change.StartedAt ?? StartedAt;
        var endedAt = change.EndedAt ?? EndedAt;
        if (endedAt is not { } end)
        {
            return DomainError.Rule($"Entry {Id} is still checked in: a correction must give endedAt.");
        }

        if (HoursRules.PeriodError(startedAt, end, now) is { } spanError)
        {
            return DomainError.Rule(spanError);
        }

        var hours = change.Hours ?? HoursRules.HoursBetween(startedAt, end);
        if (hours <= 0 || hours > HoursRules.HoursBetween(startedAt, end))
        {
            return DomainError.Rule($"hours must be above 0 and at most the {HoursRules.HoursBetween(startedAt, end)} hours between start and end.");
        }

        if (HoursRules.Overlapping(new HoursPeriod(Id, startedAt, end), others) is { } clash)
        {
            return HoursRules.OverlapError(VolunteerId, clash);
        }

        var before = new HoursValues(StartedAt, EndedAt, Hours);
        StartedAt = startedAt;
        EndedAt = end;
        Hours = hours;
        UpdatedAt = now;
        corrections.Add(HoursCorrection.Of(corrections.Count + 1, by, now, reason.Trim(), before, new HoursValues(StartedAt, EndedAt, Hours)));
        return Hours - before.Hours;
    }

    private static DomainResult<HoursEntry> Closed(
        Guid volunteerId, HoursSource source, Guid? sourceId, DateTimeOffset startedAt, DateTimeOffset endedAt, string reason, HoursStatus status,
        IReadOnlyCollection<HoursPeriod> others, string by, DateTimeOffset now)
    {
        if (HoursRules.PeriodError(startedAt, endedAt, now) is { } spanError)
        {
            return DomainError.Rule(spanError);
        }

        if (HoursRules.Overlapping(new HoursPeriod(Guid.Empty, startedAt, endedAt), others) is { } clash)
        {
            return HoursRules.OverlapError(volunteerId, clash);
        }

        return new HoursEntry
        {
            Id = Guid.CreateVersion7(now),
            VolunteerId = volunteerId,
            Source = source,
            SourceId = sourceId,
            StartedAt = startedAt,
            EndedAt = endedAt,
            Hours = HoursRules.HoursBetween(startedAt, endedAt),
            Reason = reason,
            Status = status,
            CreatedBy = by,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private DomainError? Decide(HoursStatus to, string? note, string by, DateTimeOffset now)
    {
        if (Status != HoursStatus.Pending)
        {
            return DomainError.WrongState(Status, $"Entry {Id} is {WireNames.Name(Status)}; only pending entries are approved or rejected.");
        }

        if (IsOpen)
        {
            return DomainError.WrongState(Status, $"Entry {Id} is still checked in; it is decided after check-out.");
        }

        Status = to;
        DecidedBy = by;
        DecidedAt = now;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedAt = now;
        return null;
    }
}

public static class HoursActors
{
    /// <summary>Who recorded hours credited from the events service's completion event.</summary>
    public const string Events = "system:events";
}

/// <summary>What a correction changes: the hours, or the period (the hours then follow it unless given too).</summary>
public sealed record HoursChange(decimal? Hours, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt);

public sealed record HoursValues(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, decimal Hours);

/// <summary>One line of an entry's audit trail. Flat, so the database maps it as plain columns.</summary>
public sealed record HoursCorrection(
    int Sequence, string By, DateTimeOffset At, string Reason,
    DateTimeOffset BeforeStartedAt, DateTimeOffset? BeforeEndedAt, decimal BeforeHours,
    DateTimeOffset AfterStartedAt, DateTimeOffset? AfterEndedAt, decimal AfterHours)
{
    public HoursValues Before => new(BeforeStartedAt, BeforeEndedAt, BeforeHours);

    public HoursValues After => new(AfterStartedAt, AfterEndedAt, AfterHours);

    public static HoursCorrection Of(int sequence, string by, DateTimeOffset at, string reason, HoursValues before, HoursValues after) =>
        new(sequence, by, at, reason, before.StartedAt, before.EndedAt, before.Hours, after.StartedAt, after.EndedAt, after.Hours);
}
