using System.Text.Json.Serialization;
using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Privacy;

namespace Governance.Grid.Features.Cases;

/// <summary>The reporter as the API shows them: the phone is always masked.</summary>
public sealed record ReporterResponse(string Name, string Phone);

public sealed record AssistanceResponse(string Skill, AssistanceStatus Status, IReadOnlyList<AssignedVolunteerInfo> Volunteers, string? Reason);

/// <summary>
/// A case. Lists leave out <see cref="History"/> (oldest first) and <see cref="Duplicates"/> (the cases
/// merged into this one); a single case has both.
/// </summary>
public sealed record CaseResponse(
    Guid Id,
    string Category,
    string Title,
    string Description,
    CaseStatus Status,
    CaseLevel Level,
    Guid GridId,
    Guid CommunityId,
    Guid StreetId,
    GeoPoint? Location,
    ReporterResponse Reporter,
    string? RequiredSkill,
    AssistanceResponse? Assistance,
    DateTimeOffset DueAt,
    SlaBand? Band,
    bool Overdue,
    Guid? MergedInto,
    string? Resolution,
    int? Satisfaction,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Address,
    string? MediaUrl)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CaseHistoryResponse>? History { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DuplicateResponse>? Duplicates { get; init; }

    public static CaseResponse Detail(GridCase item, IReadOnlyList<DuplicateResponse> duplicates, DateTimeOffset now) => From(item, now) with
    {
        History = item.History.OrderBy(h => h.Sequence)
            .Select(h => new CaseHistoryResponse(h.Action, h.FromStatus, h.ToStatus, h.Level, h.By, h.At, h.Reason)).ToList(),
        Duplicates = duplicates,
    };

    public static CaseResponse From(GridCase item, DateTimeOffset now) => new(
        item.Id, item.Category, item.Title, item.Description, item.Status, item.Level,
        item.GridId, item.CommunityId, item.StreetId, item.Location,
        new ReporterResponse(item.ReporterName, PersonalData.MaskPhone(item.ReporterPhone)),
        item.RequiredSkill,
        item.Assistance is { } help ? new AssistanceResponse(help.Skill, help.Status, help.Volunteers.ToList(), help.Reason) : null,
        item.DueAt, item.BandAt(now), item.Overdue, item.MergedInto, item.Resolution, item.Satisfaction,
        item.CreatedAt, item.UpdatedAt, item.Address, item.MediaUrl);
}

public sealed record CaseHistoryResponse(
    CaseAction Action, CaseStatus? FromStatus, CaseStatus ToStatus, CaseLevel Level, string By, DateTimeOffset At, string? Reason);

/// <summary>A case merged into this one as a duplicate.</summary>
public sealed record DuplicateResponse(Guid Id, string Title, DateTimeOffset CreatedAt);

/// <summary>An open case that may be the same problem as a newly reported one.</summary>
public sealed record PossibleDuplicateResponse(Guid Id, string Title, CaseStatus Status, CaseLevel Level, double? DistanceMeters, DateTimeOffset CreatedAt);

public sealed record CaseReportedResponse(
    Guid Id, CaseStatus Status, CaseLevel Level, Guid GridId, Guid CommunityId, Guid StreetId, DateTimeOffset DueAt, SlaBand? Band,
    IReadOnlyList<PossibleDuplicateResponse> PossibleDuplicates);
