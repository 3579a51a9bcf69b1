using Governance.Gateway.RateLimiting;

namespace Governance.Gateway.Tests.RateLimiting;

public class DistrictRateLimitOptionsTests
{
    [Fact]
    public void A_district_override_wins_over_the_default_limit()
    {
        var options = new DistrictRateLimitOptions { PermitLimit = 600, Districts = { ["lunan"] = 50 } };
        Assert.Equal(50, options.LimitFor("lunan"));
        Assert.Equal(600, options.LimitFor("kaiping"));
    }
}
