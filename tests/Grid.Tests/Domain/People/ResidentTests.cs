using Governance.Grid.Domain.People;

namespace Governance.Grid.Tests.Domain.People;

public class ResidentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_resident_belongs_to_the_households_district_building_and_grid()
    {
        var household = Household.Create("lunan", Guid.NewGuid(), Guid.NewGuid(), " 2-301 ", "  ", Now);

        var resident = Resident.Create(household, " Zhang Min ", "11010519491231002x", " 13812345678 ", new DateOnly(1949, 12, 31),
            [SpecialGroup.ElderlyLivingAlone], Now);

        Assert.Equal(("lunan", household.Id, household.BuildingId, household.GridId),
            (resident.District, resident.HouseholdId, resident.BuildingId, resident.GridId));
        Assert.Equal("2-301", household.DoorNumber);
        Assert.Null(household.Address);
        Assert.Equal("11010519491231002X", resident.IdNumber);
        Assert.Equal("13812345678", resident.Phone);
    }

    [Fact]
    public void Special_groups_count_once_in_a_stable_order()
    {
        var household = Household.Create("lunan", Guid.NewGuid(), Guid.NewGuid(), "1", null, Now);
        var resident = Resident.Create(household, "Li", null, null, null, [], Now);

        resident.Tag([SpecialGroup.Disabled, SpecialGroup.ElderlyLivingAlone, SpecialGroup.Disabled]);

        Assert.Equal([SpecialGroup.ElderlyLivingAlone, SpecialGroup.Disabled], resident.SpecialGroups);
        Assert.Null(resident.IdNumber);
    }
}
