using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Tests.Domain;

/// <summary>Opening hours in the district's local time (UTC+8 here), without I/O.</summary>
public sealed class WeeklyHoursTests
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");

    // Monday 2026-11-30.
    private static DateTimeOffset Monday(int hour, int minute = 0) => new(2026, 11, 30, hour, minute, 0, TimeSpan.FromHours(8));

    private static WeeklyHours Hours(params OpeningSpan[] spans) => WeeklyHours.From(spans).Value!;

    private static readonly WeeklyHours Canteen = Hours(
        new OpeningSpan(DayOfWeek.Monday, 11 * 60, 13 * 60), new OpeningSpan(DayOfWeek.Monday, 17 * 60, 19 * 60), new OpeningSpan(DayOfWeek.Saturday, 0, 24 * 60));

    [Theory]
    [InlineData(11, 0, true)]
    [InlineData(12, 59, true)]
    [InlineData(13, 0, false)]
    [InlineData(15, 0, false)]
    [InlineData(18, 30, true)]
    public void Open_at_is_judged_in_local_time(int hour, int minute, bool open) =>
        Assert.Equal(open, Canteen.IsOpenAt(Monday(hour, minute), Beijing));

    [Fact]
    public void The_same_instant_written_in_utc_is_judged_alike() =>
        Assert.True(Canteen.IsOpenAt(Monday(12).ToUniversalTime(), Beijing));

    [Fact]
    public void A_slot_must_fit_inside_one_opening()
    {
        Assert.True(Canteen.Covers(Monday(11), Monday(13), Beijing));
        Assert.False(Canteen.Covers(Monday(12), Monday(18), Beijing)); // spans the afternoon break
        Assert.False(Canteen.Covers(Monday(10, 30), Monday(11, 30), Beijing));
    }

    [Fact]
    public void A_slot_may_end_at_midnight_of_a_day_open_until_24_00()
    {
        var saturday = new DateTimeOffset(2026, 12, 5, 22, 0, 0, TimeSpan.FromHours(8));

        Assert.True(Canteen.Covers(saturday, saturday.AddHours(2), Beijing));
        Assert.False(Canteen.Covers(saturday, saturday.AddHours(3), Beijing));
    }

    [Fact]
    public void Overlapping_or_backwards_openings_are_refused()
    {
        Assert.Equal(DomainErrorKind.Rule, WeeklyHours.From([new OpeningSpan(DayOfWeek.Monday, 600, 700), new OpeningSpan(DayOfWeek.Monday, 650, 800)]).Error?.Kind);
        Assert.Equal(DomainErrorKind.Rule, WeeklyHours.From([new OpeningSpan(DayOfWeek.Monday, 700, 700)]).Error?.Kind);
        Assert.Equal(DomainErrorKind.Rule, WeeklyHours.From([new OpeningSpan(DayOfWeek.Monday, 0, 24 * 60 + 1)]).Error?.Kind);
    }

    [Fact]
    public void A_place_without_published_hours_is_never_open() =>
        Assert.False(WeeklyHours.None.IsOpenAt(Monday(12), Beijing));

    [Fact]
    public void Open_minutes_over_a_week_add_up_the_openings()
    {
        var week = Canteen.OpenMinutesBetween(Monday(0), Monday(0).AddDays(7), Beijing);

        Assert.Equal(4 * 60 + 24 * 60, week);
    }
}
