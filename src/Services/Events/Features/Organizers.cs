namespace Governance.Events.Features;

/// <summary>
/// Who runs activities: creates and steps them through their lifecycle, sees the registrations, checks
/// people and staff in at the door. Residents (any member of the district) read and register; a registration
/// is cancelled, and its code fetched, only by the account that made it or an organiser.
/// </summary>
internal static class Organizers
{
    public const string Role = "event-organizer";
}
