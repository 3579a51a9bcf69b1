namespace Governance.Volunteers.Domain.Pool;

public enum VolunteerKind
{
    Resident,
    PartyMember,
    Professional,
}

/// <summary>The special groups (特殊人群) a volunteer or team prefers to serve; "一老一幼" are the first two.</summary>
public enum FocusGroup
{
    Elderly,
    Children,
    Special,
}

public enum SkillLevel
{
    Basic,
    Skilled,
    Expert,
}
