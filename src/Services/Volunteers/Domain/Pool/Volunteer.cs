using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Domain.Matching;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>
/// A member of the district's talent pool (属地人才库). <see cref="Home"/> is the territorial path of
/// <see cref="HomeUnitId"/>, stored with the volunteer so matching and unit filters need no recursion.
/// </summary>
public sealed class Volunteer : IDistrictOwned
{
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 13;
    public const int MaxAccountLength = 200;

    private readonly List<VolunteerSkill> skills = [];
    private readonly List<WeeklyWindow> availability = [];

    private Volunteer()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Null only for party members who joined through double reporting and gave no contact yet.</summary>
    public string? Phone { get; private set; }

    public Guid HomeUnitId { get; private set; }

    public Guid? StreetId { get; private set; }

    public Guid? CommunityId { get; private set; }

    public Guid? GridId { get; private set; }

    public UnitPath Home => new(StreetId, CommunityId, GridId);

    public VolunteerKind Kind { get; private set; }

    public bool Active { get; private set; }

    /// <summary>
    /// The <c>sub</c> of the account the record belongs to: set on self sign-up, by a coordinator at creation or
    /// through <c>link</c>. Only that account may act for the volunteer (check in, record hours, claim wishes).
    /// </summary>
    public string? Account { get; private set; }

    /// <summary>The party service's member id when the volunteer came from (or was linked to) a double report.</summary>
    public Guid? PartyMemberId { get; private set; }

    public List<FocusGroup> Focus { get; private set; } = [];

    public IReadOnlyList<VolunteerSkill> Skills => skills;

    public IReadOnlyList<WeeklyWindow> Availability => availability;

    public DateTimeOffset CreatedAt { get; private set; }

    public static Volunteer Create(VolunteerProfile profile, Guid homeUnitId, UnitPath home, DateTimeOffset now, string? account = null)
    {
        var volunteer = new Volunteer { Id = Guid.CreateVersion7(now), Active = true, CreatedAt = now, Account = account };
        volunteer.Update(profile, homeUnitId, home);
        return volunteer;
    }

    /// <summary>A party member who reported to <paramref name="community"/>, offering <paramref name="skills"/>.</summary>
    public static Volunteer FromDoubleReport(Guid memberId, string name, Guid communityId, UnitPath community, IEnumerable<string> skills, DateTimeOffset now)
    {
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Kind = VolunteerKind.PartyMember,
            Active = true,
            CreatedAt = now,
        };
        volunteer.LinkToPartyMember(memberId, communityId, community, skills);
        return volunteer;
    }

    public void Update(VolunteerProfile profile, Guid homeUnitId, UnitPath home)
    {
        Name = profile.Name.Trim();
        Phone = profile.Phone?.Trim();
        Kind = profile.Kind;
        Focus = [.. profile.Focus.Distinct().Order()];
        skills.Clear();
        skills.AddRange(profile.Skills.DistinctBy(s => s.Skill));
        availability.Clear();
        availability.AddRange(profile.Availability);
        MoveHome(homeUnitId, home);
    }

    /// <summary>
    /// Makes the volunteer the party member's: kind <c>party-member</c>, living in the community they
    /// reported to, with the offered skills they did not have yet (at basic level, unverified).
    /// </summary>
    public void LinkToPartyMember(Guid memberId, Guid communityId, UnitPath community, IEnumerable<string> offeredSkills)
    {
        PartyMemberId = memberId;
        Kind = VolunteerKind.PartyMember;
        Active = true;
        if (CommunityId != communityId)
        {
            MoveHome(communityId, community);
        }

        foreach (var skill in offeredSkills)
        {
            if (skills.All(s => s.Skill != skill))
            {
                skills.Add(new VolunteerSkill(skill, SkillLevel.Basic));
            }
        }
    }

    public void MoveHome(Guid homeUnitId, UnitPath home)
    {
        HomeUnitId = homeUnitId;
        (StreetId, CommunityId, GridId) = (home.StreetId, home.CommunityId, home.GridId);
    }

    /// <summary>Links the record to an account (a coordinator's act), or unlinks it with null.</summary>
    public void LinkAccount(string? account) => Account = string.IsNullOrWhiteSpace(account) ? null : account.Trim();

    /// <summary>
    /// Whether <paramref name="subject"/> may act for this volunteer in <paramref name="action"/>: only the linked
    /// account, unless the caller <paramref name="coordinates"/> volunteers; otherwise a refusal saying why.
    /// </summary>
    public DomainError? RefuseSelfService(string? subject, bool coordinates, string action) =>
        Ownership.Refusal(Account, subject, coordinates, Roles.VolunteerCoordinator, $"{action} for volunteer {Id}");

    public void Deactivate() => Active = false;

    public void Reactivate() => Active = true;
}

/// <summary>What a coordinator enters about a volunteer.</summary>
public sealed record VolunteerProfile(
    string Name,
    string? Phone,
    VolunteerKind Kind,
    IReadOnlyList<VolunteerSkill> Skills,
    IReadOnlyList<WeeklyWindow> Availability,
    IReadOnlyList<FocusGroup> Focus);

/// <summary>A skill of the tree held at a level, with an optional credential (e.g. a lawyer's licence) and whether it was checked.</summary>
public sealed record VolunteerSkill(string Skill, SkillLevel Level, string? CredentialName = null, bool CredentialVerified = false)
{
    public bool Verified => CredentialName is not null && CredentialVerified;
}
