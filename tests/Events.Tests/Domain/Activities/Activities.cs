using Governance.Events.Domain.Activities;

namespace Governance.Events.Tests.Domain.Activities;

/// <summary>Activities as the tests need them: a lecture tomorrow, registration open from now until it starts.</summary>
internal static class Activities
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public static Activity Lecture(int capacity = 10, DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null, IReadOnlyList<StaffingNeed>? staffing = null) =>
        Activity.Create(new NewActivity(
            "Health lecture", ActivityKind.Lecture, Guid.NewGuid(), [new ActivityPartner("City hospital", null)], "Community hall",
            Now.AddDays(1), Now.AddDays(1).AddHours(2), capacity, ["elderly"], staffing ?? [], opensAt, closesAt, []), Now);

    public static Activity Published(int capacity = 10, IReadOnlyList<StaffingNeed>? staffing = null)
    {
        var activity = Lecture(capacity, staffing: staffing);
        Assert.Null(activity.Publish(Now));
        return activity;
    }

    private static int codes;

    public static string NextCode() => $"C{Interlocked.Increment(ref codes):D7}";

    /// <summary>Registers a party and keeps the registration in <paramref name="registrations"/>, as the database would.</summary>
    public static Registration Register(this Activity activity, List<Registration> registrations, int partySize = 1, DateTimeOffset? at = null)
    {
        var result = activity.Register("Wang Fang", "13812345678", partySize, registrations, NextCode, at ?? Now);
        Assert.Null(result.Error);
        registrations.Add(result.Value!);
        return result.Value!;
    }
}
