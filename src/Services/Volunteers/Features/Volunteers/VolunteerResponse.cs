using System.Globalization;
using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Features.Volunteers;

public sealed record VolunteerSkillResponse(string Skill, SkillLevel Level, CredentialDto? Credential);

public sealed record AvailabilityResponse(DayOfWeek Day, string From, string To);

/// <summary>
/// A volunteer; <see cref="Phone"/> is masked unless the caller may see it in full. Each skill's credential and the
/// linked <see cref="Account"/> are null unless the caller is that account or coordinates the district's volunteers.
/// </summary>
public sealed record VolunteerResponse(
    Guid Id,
    string Name,
    string? Phone,
    Guid HomeUnitId,
    Guid? StreetId,
    Guid? CommunityId,
    Guid? GridId,
    VolunteerKind Kind,
    bool Active,
    IReadOnlyList<VolunteerSkillResponse> Skills,
    IReadOnlyList<AvailabilityResponse> Availability,
    IReadOnlyList<FocusGroup> Focus,
    Guid? PartyMemberId,
    DateTimeOffset CreatedAt,
    string? Account)
{
    public static VolunteerResponse From(Volunteer volunteer, ContactViewer viewer) => From(volunteer, viewer, viewer.MaySeePrivate(volunteer.District, volunteer.Account));

    private static VolunteerResponse From(Volunteer volunteer, ContactViewer viewer, bool privateFields) => new(
        volunteer.Id,
        volunteer.Name,
        viewer.Phone(volunteer.Phone, volunteer.District),
        volunteer.HomeUnitId,
        volunteer.StreetId,
        volunteer.CommunityId,
        volunteer.GridId,
        volunteer.Kind,
        volunteer.Active,
        [.. volunteer.Skills.OrderBy(s => s.Skill, StringComparer.Ordinal).Select(s => new VolunteerSkillResponse(
            s.Skill, s.Level, s.CredentialName is null || !privateFields ? null : new CredentialDto(s.CredentialName, s.CredentialVerified)))],
        [.. volunteer.Availability.OrderBy(a => a.Day).ThenBy(a => a.From).Select(a => new AvailabilityResponse(a.Day, Time(a.From), Time(a.To)))],
        volunteer.Focus,
        volunteer.PartyMemberId,
        volunteer.CreatedAt,
        privateFields ? volunteer.Account : null);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
