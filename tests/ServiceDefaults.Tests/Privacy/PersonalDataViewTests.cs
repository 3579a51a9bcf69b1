using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.ServiceDefaults.Tests.Privacy;

public class PersonalDataViewTests
{
    private const string Phone = "13812345678";

    [Fact]
    public void A_district_admin_sees_the_phones_of_their_own_district_in_full() =>
        Assert.Equal(Phone, PersonalDataView.For("lunan", [Roles.DistrictAdmin]).Phone(Phone, "lunan"));

    [Fact]
    public void A_district_admin_of_another_district_sees_them_masked() =>
        Assert.Equal("138****5678", PersonalDataView.For("lubei", [Roles.DistrictAdmin]).Phone(Phone, "lunan"));

    [Fact]
    public void A_role_that_keeps_such_records_sees_them_in_full_only_where_the_service_names_it()
    {
        Assert.True(PersonalDataView.For("lunan", [Roles.VolunteerCoordinator], Roles.VolunteerCoordinator).InFull("lunan"));
        Assert.False(PersonalDataView.For("lunan", [Roles.VolunteerCoordinator]).InFull("lunan"));
    }

    [Fact]
    public void City_wide_roles_and_callers_without_a_district_see_everything_masked()
    {
        Assert.Equal("130202********1232", PersonalDataView.For(null, [Roles.CityOps, Roles.DistrictAdmin]).IdNumber("130202199001011232", "lunan"));
        Assert.False(PersonalDataView.Masked.InFull("lunan"));
    }
}
