using Governance.Party.Domain.Organizations;

namespace Governance.Party.Domain.Agenda;

/// <summary>Which committee answers for a case at which level: community → big party committee, street → working committee.</summary>
public static class AgendaRouting
{
    public static PartyLevel? CommitteeFor(string caseLevel) => caseLevel switch
    {
        "community" => PartyLevel.CommunityCommittee,
        "street" => PartyLevel.StreetCommittee,
        _ => null,
    };

    /// <summary>The case level whose escalations land on <paramref name="organization"/>'s agenda, or null when none do.</summary>
    public static string? CommitteeLevelFor(PartyOrganization organization) => organization switch
    {
        { Mobile: true } => null,
        { Level: PartyLevel.CommunityCommittee } => "community",
        { Level: PartyLevel.StreetCommittee } => "street",
        _ => null,
    };
}
