namespace Governance.Events.Domain.Activities;

/// <summary>
/// What an activity's registrations add up to, in people (party sizes summed): holding a place,
/// waiting for one, checked in; and the walk-ins counted at the door. Two counts differ exactly when
/// a command changed what the activity shows, which is when the change is announced.
/// </summary>
public sealed record RegistrationCounts(int Registered, int Waitlisted, int CheckedIn, int WalkIns)
{
    /// <param name="registrations">Every registration of the activity, cancelled ones included (they count for nothing).</param>
    public static RegistrationCounts Of(Activity activity, IReadOnlyCollection<Registration> registrations) =>
        new(Seating.Taken(registrations), Seating.Waiting(registrations), Activity.CheckedIn(registrations), activity.WalkIns);
}
