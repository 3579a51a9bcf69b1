using Governance.Grid.Domain.People;

namespace Governance.Grid.Tests.Domain.People;

public class GridWorkerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static GridWorker Worker(string? account = " wang.li ") =>
        GridWorker.Create(" Wang Li ", "13812345678", Employment.FullTime, account, Now);

    [Fact]
    public void A_worker_is_assigned_to_several_grids_each_with_its_duty()
    {
        var worker = Worker();
        var east = Guid.NewGuid();
        var west = Guid.NewGuid();

        worker.AssignTo(east, "Buildings 1–6, east gate", Now);
        worker.AssignTo(west, "  Market street  ", Now.AddDays(1));

        Assert.Equal([east, west], worker.GridIds);
        Assert.Equal("Market street", worker.Assignments[1].Duty);
        Assert.Equal("Wang Li", worker.Name);
        Assert.Equal("wang.li", worker.Account);
    }

    [Fact]
    public void Assigning_again_to_the_same_grid_replaces_the_duty()
    {
        var worker = Worker();
        var grid = Guid.NewGuid();
        worker.AssignTo(grid, "Buildings 1–6", Now);

        worker.AssignTo(grid, "Buildings 1–8", Now.AddDays(3));

        var assignment = Assert.Single(worker.Assignments);
        Assert.Equal("Buildings 1–8", assignment.Duty);
        Assert.Equal(Now, assignment.AssignedAt);
    }

    [Fact]
    public void An_assignment_ends_only_where_there_is_one()
    {
        var worker = Worker();
        var grid = Guid.NewGuid();
        worker.AssignTo(grid, "All of it", Now);

        Assert.False(worker.UnassignFrom(Guid.NewGuid()));
        Assert.True(worker.UnassignFrom(grid));
        Assert.Empty(worker.Assignments);
    }

    [Fact]
    public void A_blank_account_is_no_account() => Assert.Null(Worker("  ").Account);
}
