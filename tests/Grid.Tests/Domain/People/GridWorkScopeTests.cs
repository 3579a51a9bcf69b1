using Governance.Grid.Domain.People;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Tests.Domain.People;

public class GridWorkScopeTests
{
    private static readonly Guid GridA = Guid.NewGuid();
    private static readonly Guid GridB = Guid.NewGuid();
    private static readonly string[] Worker = [Roles.GridWorker];

    [Fact]
    public void A_grid_worker_works_only_in_the_grids_their_worker_record_is_assigned_to()
    {
        var scope = GridWorkScope.For("lunan", Worker, [GridA], []);

        Assert.Null(scope.Refusal("lunan", GridA, "work this case"));
        var refusal = scope.Refusal("lunan", GridB, "work this case");
        Assert.Equal(DomainErrorKind.NotAllowed, refusal?.Kind);
        Assert.Contains(GridB.ToString(), refusal!.Detail, StringComparison.Ordinal);
        Assert.Contains("district-admin", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_admin_works_in_every_grid_of_their_own_district_only()
    {
        var scope = GridWorkScope.For("lunan", [Roles.DistrictAdmin], [], []);

        Assert.True(scope.MayWorkIn("lunan", GridB));
        Assert.False(scope.MayWorkIn("lubei", GridB));
    }

    [Fact]
    public void In_an_unrestricted_district_any_grid_worker_of_it_works_in_any_of_its_grids()
    {
        var scope = GridWorkScope.For("lunan", Worker, [], ["lunan"]);

        Assert.True(scope.MayWorkIn("lunan", GridB));
        Assert.False(scope.MayWorkIn("lubei", GridB));
        Assert.False(GridWorkScope.For("lunan", ["resident"], [], ["lunan"]).MayWorkIn("lunan", GridB));
        Assert.False(GridWorkScope.For("lubei", Worker, [], ["lunan"]).MayWorkIn("lubei", GridB));
    }

    [Fact]
    public void Assignments_count_only_for_a_caller_holding_the_grid_worker_role()
    {
        Assert.False(GridWorkScope.For("lunan", ["resident"], [GridA], []).MayWorkIn("lunan", GridA));
        Assert.False(GridWorkScope.For(null, Worker, [], []).MayWorkIn("lunan", GridA));
    }
}
