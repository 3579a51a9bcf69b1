using Governance.ServiceDefaults.Security;
using Governance.Grid.Domain.People;

namespace Governance.Grid.Tests.Domain.People;

public class PersonalDataViewerTests
{
    private const string IdNumber = "130202199001011232";
    private const string Phone = "13812345678";
    private static readonly Guid GridA = Guid.NewGuid();
    private static readonly Guid GridB = Guid.NewGuid();

    [Fact]
    public void An_ordinary_district_member_sees_masked_values()
    {
        var viewer = PersonalDataViewer.For("lunan", ["district-member"], []);

        Assert.Equal("130202********1232", viewer.IdNumber(IdNumber, "lunan", GridA));
        Assert.Equal("138****5678", viewer.Phone(Phone, "lunan", GridA));
    }

    [Fact]
    public void A_district_admin_sees_every_grid_of_their_district_in_full()
    {
        var viewer = PersonalDataViewer.For("lunan", [Roles.DistrictAdmin], []);

        Assert.Equal(IdNumber, viewer.IdNumber(IdNumber, "lunan", GridA));
        Assert.Equal(Phone, viewer.Phone(Phone, "lunan", GridB));
    }

    [Fact]
    public void A_district_admin_does_not_see_another_districts_data_in_full() =>
        Assert.Equal("138****5678", PersonalDataViewer.For("lunan", [Roles.DistrictAdmin], []).Phone(Phone, "kaiping", GridA));

    [Fact]
    public void A_grid_worker_sees_the_grids_they_are_assigned_to_and_no_other()
    {
        var viewer = PersonalDataViewer.For("lunan", [Roles.GridWorker], [GridA]);

        Assert.Equal(IdNumber, viewer.IdNumber(IdNumber, "lunan", GridA));
        Assert.Equal("130202********1232", viewer.IdNumber(IdNumber, "lunan", GridB));
    }

    [Fact]
    public void Assigned_grids_count_only_for_the_grid_worker_role() =>
        Assert.Equal("138****5678", PersonalDataViewer.For("lunan", ["district-member"], [GridA]).Phone(Phone, "lunan", GridA));

    [Fact]
    public void A_worker_in_several_grids_shares_their_phone_with_the_workers_of_any_of_them()
    {
        var colleague = PersonalDataViewer.For("lunan", [Roles.GridWorker], [GridB]);

        Assert.Equal(Phone, colleague.Phone(Phone, "lunan", GridA, GridB));
        Assert.Equal("138****5678", colleague.Phone(Phone, "lunan", GridA));
    }

    [Fact]
    public void Missing_values_stay_missing() =>
        Assert.Null(PersonalDataViewer.Nobody.IdNumber(null, "lunan", GridA));
}
