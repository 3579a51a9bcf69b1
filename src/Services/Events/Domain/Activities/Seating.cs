namespace Governance.Events.Domain.Activities;

/// <summary>
/// The capacity rules over an activity's registrations: registered parties' sizes together never
/// exceed the capacity; whoever does not fit waits in line, and freed seats go to the first
/// waitlisted parties that fit, in order (a large party does not block smaller ones behind it).
/// </summary>
public static class Seating
{
    /// <summary>People holding a seat.</summary>
    public static int Taken(IEnumerable<Registration> registrations) =>
        registrations.Where(r => r.Status == RegistrationStatus.Registered).Sum(r => r.PartySize);

    public static int Waiting(IEnumerable<Registration> registrations) =>
        registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Sum(r => r.PartySize);

    /// <summary>The waitlist in order: the first is next in line.</summary>
    public static IReadOnlyList<Registration> Waitlist(IEnumerable<Registration> registrations) =>
        [.. registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.WaitlistNumber)];

    /// <summary>1 for the first in line; null when the registration is not waiting.</summary>
    public static int? PositionOf(Registration registration, IEnumerable<Registration> registrations) =>
        registration.Status == RegistrationStatus.Waitlisted
            ? 1 + registrations.Count(r => r.Status == RegistrationStatus.Waitlisted && r.WaitlistNumber < registration.WaitlistNumber)
            : null;

    /// <summary>Gives free seats to waitlisted parties in order, skipping those too large for what is left.</summary>
    internal static IReadOnlyList<Registration> Promote(int capacity, IReadOnlyCollection<Registration> registrations, DateTimeOffset now)
    {
        var free = capacity - Taken(registrations);
        var promoted = new List<Registration>();
        foreach (var waiting in Waitlist(registrations))
        {
            if (free <= 0)
            {
                break;
            }

            if (waiting.PartySize <= free)
            {
                waiting.Promote(now);
                free -= waiting.PartySize;
                promoted.Add(waiting);
            }
        }

        return promoted;
    }
}
