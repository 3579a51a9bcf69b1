using Governance.Volunteers.Domain.Hours;

namespace Governance.Volunteers.Features.Hours;

public sealed record HoursValuesResponse(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, decimal Hours);

public sealed record HoursCorrectionResponse(int Sequence, string By, DateTimeOffset At, string Reason, HoursValuesResponse Before, HoursValuesResponse After);

public sealed record HoursEntryResponse(
    Guid Id,
    Guid VolunteerId,
    HoursSource Source,
    Guid? SourceId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    decimal Hours,
    string? Reason,
    HoursStatus Status,
    bool CheckedIn,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    IReadOnlyList<HoursCorrectionResponse> Corrections)
{
    public static HoursEntryResponse From(HoursEntry entry) => new(
        entry.Id, entry.VolunteerId, entry.Source, entry.SourceId, entry.StartedAt, entry.EndedAt, entry.Hours, entry.Reason, entry.Status,
        entry.IsOpen, entry.CreatedBy, entry.CreatedAt, entry.DecidedBy, entry.DecidedAt, entry.DecisionNote,
        entry.Corrections.Select(c => new HoursCorrectionResponse(c.Sequence, c.By, c.At, c.Reason, Values(c.Before), Values(c.After))).ToList());

    private static HoursValuesResponse Values(HoursValues values) => new(values.StartedAt, values.EndedAt, values.Hours);
}

/// <summary>A volunteer's ledger: approved hours are credited, pending ones wait for a coordinator.</summary>
public sealed record VolunteerHoursResponse(Guid VolunteerId, string Name, decimal ApprovedHours, decimal PendingHours, IReadOnlyList<HoursEntryResponse> Entries);
