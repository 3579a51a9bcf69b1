using Governance.Grid.Domain.Open311;

namespace Governance.Grid.Tests.Domain.Open311;

public class UpdateStatusTests
{
    [Theory]
    [InlineData("open", true)]
    [InlineData("OPEN", true)]
    [InlineData("REOPEN", true)]
    [InlineData("IN_PROGRESS", true)]
    [InlineData("closed", false)]
    [InlineData("CLOSED", false)]
    [InlineData("FIXED", false)]
    [InlineData("DUPLICATE", false)]
    public void FixMyStreets_plain_and_extended_statuses_say_whether_the_problem_is_still_there(string status, bool stillOpen)
    {
        Assert.True(UpdateStatus.TryRead(status, out var read));
        Assert.Equal(stillOpen, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("resolved")]
    [InlineData("open\u202e")]
    public void Anything_else_is_not_a_status(string? status) => Assert.False(UpdateStatus.TryRead(status, out _));
}
