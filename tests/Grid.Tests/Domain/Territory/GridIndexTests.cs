using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Tests.Domain.Territory;

public class GridIndexTests
{
    private static readonly Guid West = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid East = Guid.Parse("00000000-0000-0000-0000-000000000001");

    private readonly GridIndex index = new([(West, Shapes.Square(118.00, 39, 0.01)), (East, Shapes.Square(118.01, 39, 0.01))]);

    [Fact]
    public void A_point_inside_a_grid_finds_it()
    {
        Assert.Equal(West, index.Locate(118.005, 39.005));
        Assert.Equal(East, index.Locate(118.015, 39.005));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void A_point_outside_every_grid_finds_none()
    {
        Assert.Null(index.Locate(118.05, 39.005));
        Assert.Null(new GridIndex([]).Locate(118, 39));
    }

    [Fact]
    public void A_point_on_a_shared_border_goes_to_the_same_grid_every_time()
    {
        Assert.Equal(East, index.Locate(118.01, 39.005));
        Assert.Equal(West, index.Locate(118.0, 39.005));
    }

    [Fact]
    public void A_grid_far_larger_than_the_others_is_still_found_around_them()
    {
        var huge = Guid.Parse("00000000-0000-0000-0000-000000000009");
        var small = Enumerable.Range(0, 20).Select(i => (Guid.CreateVersion7(), Shapes.Square(120 + i * 0.001, 40, 0.001)));
        var mixed = new GridIndex([.. small, (huge, Shapes.Square(100, 20, 5))]);

        Assert.Equal(huge, mixed.Locate(102.5, 22.5));
        Assert.NotNull(mixed.Locate(120.0105, 40.0005));
        Assert.Null(mixed.Locate(110, 30));
    }
}
