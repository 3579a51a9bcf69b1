namespace Governance.Party.Features;

/// <summary>
/// Who keeps the party organisation's records: organisations, members, double reports, 3+2 groups and
/// alliances. Any member of the district may read them (phones stay masked).
/// </summary>
internal static class PartyRoles
{
    public const string Organizer = "party-organizer";
}
