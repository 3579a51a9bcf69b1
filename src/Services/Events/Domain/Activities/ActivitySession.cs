namespace Governance.Events.Domain.Activities;

/// <summary>
/// One meeting of a long-running activity, e.g. a Saturday's work on an adopted green space
/// (认领绿地). Registration and attendance belong to the activity as a whole.
/// </summary>
public sealed record ActivitySession(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Title)
{
    public const int MaxSessions = 200;

    /// <summary>Why <paramref name="sessions"/> cannot be the schedule of an activity running from <paramref name="startsAt"/> to <paramref name="endsAt"/>; null when they can.</summary>
    public static string? ScheduleProblem(DateTimeOffset startsAt, DateTimeOffset endsAt, IReadOnlyList<ActivitySession> sessions)
    {
        if (sessions.Count > MaxSessions)
        {
            return $"At most {MaxSessions} sessions.";
        }

        var ordered = sessions.OrderBy(s => s.StartsAt).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var session = ordered[i];
            if (session.EndsAt <= session.StartsAt)
            {
                return $"The session starting {session.StartsAt:O} must end after it starts.";
            }

            if (session.StartsAt < startsAt || session.EndsAt > endsAt)
            {
                return $"The session starting {session.StartsAt:O} lies outside the activity's {startsAt:O} – {endsAt:O}.";
            }

            if (i > 0 && session.StartsAt < ordered[i - 1].EndsAt)
            {
                return $"The sessions starting {ordered[i - 1].StartsAt:O} and {session.StartsAt:O} overlap.";
            }
        }

        return null;
    }
}
