using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Tests.Domain.Pool;

public sealed class ContactViewerTests
{
    [Theory]
    [InlineData(Roles.DistrictAdmin)]
    [InlineData(Roles.VolunteerCoordinator)]
    public void Admins_and_coordinators_of_the_district_see_phones_in_full(string role)
    {
        var viewer = ContactViewer.For("lunan", [role]);

        Assert.Equal("13812345678", viewer.Phone("13812345678", "lunan"));
    }

    [Fact]
    public void Anyone_else_and_other_districts_see_masked_phones()
    {
        Assert.Equal("138****5678", ContactViewer.For("lunan", ["grid-worker"]).Phone("13812345678", "lunan"));
        Assert.Equal("138****5678", ContactViewer.For("lubei", [Roles.DistrictAdmin]).Phone("13812345678", "lunan"));
        Assert.Equal("031*****5678", ContactViewer.For(null, ["city-ops"]).Phone("0315-2345678", "lunan"));
    }

    [Fact]
    public void A_missing_phone_stays_missing() => Assert.Null(ContactViewer.For("lunan", []).Phone(null, "lunan"));
}
