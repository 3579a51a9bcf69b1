using Governance.Events.Domain.Activities;

namespace Governance.Events.Tests.Domain.Activities;

public class SessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset End = Start.AddMonths(6);

    private static ActivitySession Saturday(int week, int hours = 2) => new(Start.AddDays(5 + (7 * week)).AddHours(9), Start.AddDays(5 + (7 * week)).AddHours(9 + hours), $"Week {week}");

    [Fact]
    public void Sessions_inside_the_programme_that_do_not_overlap_make_a_schedule()
    {
        Assert.Null(ActivitySession.ScheduleProblem(Start, End, [Saturday(2), Saturday(0), Saturday(1)]));
    }

    [Fact]
    public void A_session_outside_the_programme_is_refused()
    {
        var late = new ActivitySession(End.AddHours(-1), End.AddHours(1), null);

        Assert.Contains("outside", ActivitySession.ScheduleProblem(Start, End, [Saturday(0), late]), StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_sessions_are_refused_whatever_their_order()
    {
        var overlapping = Saturday(1) with { StartsAt = Saturday(1).StartsAt.AddHours(1), EndsAt = Saturday(1).EndsAt.AddHours(1) };

        Assert.Contains("overlap", ActivitySession.ScheduleProblem(Start, End, [overlapping, Saturday(0), Saturday(1)]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_that_ends_before_it_starts_is_refused()
    {
        var backwards = new ActivitySession(Saturday(0).EndsAt, Saturday(0).StartsAt, null);

        Assert.Contains("end after it starts", ActivitySession.ScheduleProblem(Start, End, [backwards]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_adoption_programme_keeps_its_sessions_in_order()
    {
        var programme = Activity.Create(new NewActivity(
            "Adopt the riverside green", ActivityKind.AdoptionProgramme, Guid.NewGuid(), [], "Riverside park", Start, End, 30, [], [], null, null,
            [Saturday(3), Saturday(1)]), Start.AddDays(-7));

        Assert.Equal([Saturday(1).StartsAt, Saturday(3).StartsAt], programme.Sessions.Select(s => s.StartsAt));
    }
}
