namespace Governance.Events.Features;

/// <summary>
/// Who runs activities: creates and steps them through their lifecycle, sees the registrations, checks
/// people and staff in at the door. Residents (any member of the district) read, register and cancel their own registration.
/// </summary>
internal static class Organizers
{
    public const string Role = "event-organizer";
}
