using MassTransit;

namespace Governance.Contracts.Volunteers;

/// <summary>
/// Volunteers were assigned to a need raised by another service: <paramref name="SourceKind"/> says
/// which (<c>grid-case</c> for a grid case, <paramref name="SourceId"/> then being the case id; for a
/// <see cref="VolunteersRequested"/>, the kind and id it carried).
/// </summary>
[MessageUrn("governance:volunteers:volunteers-assigned:v1")]
public sealed record VolunteersAssigned(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid NeedId,
    string SourceKind,
    Guid SourceId,
    string Skill,
    IReadOnlyList<AssignedVolunteer> Volunteers) : IIntegrationEvent;

/// <summary>A volunteer on a need; <paramref name="Account"/> is the account (token subject) linked to the volunteer, null when none is.</summary>
public sealed record AssignedVolunteer(Guid VolunteerId, string Name, string? Account = null);

/// <summary>No (or not enough) volunteers with <paramref name="Skill"/> could be found for a need.</summary>
[MessageUrn("governance:volunteers:need-unmatched:v1")]
public sealed record NeedUnmatched(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid NeedId,
    string SourceKind,
    Guid SourceId,
    string Skill,
    int Requested,
    string Reason) : IIntegrationEvent;

public static class NeedSources
{
    /// <summary>The source kind of needs raised by grid cases.</summary>
    public const string GridCase = "grid-case";

    /// <summary>The source kind of needs raised by an activity's staffing request; the source id is the activity id.</summary>
    public const string EventStaffing = "event-staffing";

    /// <summary>The source kind of needs a coordinator entered by hand; the source id is the need's own id.</summary>
    public const string Manual = "manual";
}
