using Governance.Notifications.Domain.Feed;

namespace Governance.Notifications.Tests.Domain.Feed;

public class ResumptionTests
{
    [Fact]
    public void A_new_client_starts_after_the_latest_frame() =>
        Assert.Equal(new Resumption(40, Reset: false), Resumption.For(null, oldestKept: 3, latest: 40));

    [Theory]
    [InlineData("25", 3L)]
    [InlineData("2", 3L)]
    [InlineData("40", null)]
    public void A_client_resumes_after_its_last_id_while_everything_after_it_is_kept(string lastEventId, long? oldestKept) =>
        Assert.Equal(new Resumption(long.Parse(lastEventId, System.Globalization.CultureInfo.InvariantCulture), Reset: false), Resumption.For(lastEventId, oldestKept, latest: 40));

    [Theory]
    [InlineData("1", 3L)]
    [InlineData("20", null)]
    [InlineData("41", 3L)]
    [InlineData("-5", 3L)]
    [InlineData("abc", 3L)]
    [InlineData("99999999999999999999999", 3L)]
    public void A_client_whose_frames_are_gone_or_whose_id_is_not_of_this_feed_is_reset_to_now(string lastEventId, long? oldestKept) =>
        Assert.Equal(new Resumption(40, Reset: true), Resumption.For(lastEventId, oldestKept, latest: 40));
}
