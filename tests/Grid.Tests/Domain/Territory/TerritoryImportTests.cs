using System.Text.Json;
using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Tests.Domain.Territory;

public class TerritoryImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static ImportFeature Feature(int index, string level, string? code, string? parentCode, JsonElement? geometry = null) =>
        new(index, level, $"{level} {index}", code, parentCode, geometry);

    [Fact]
    public void Features_are_placed_parents_first_whatever_their_order_in_the_file()
    {
        var import = new TerritoryImport([], "130202");
        import.Run(
        [
            Feature(0, "grid", null, "C1", Shapes.SquareJson(118, 39, 0.01)),
            Feature(1, "grid", null, "C1", Shapes.SquareJson(118.01, 39, 0.01)),
            Feature(2, "community", "C1", "S1"),
            Feature(3, "street", "S1", null),
            Feature(4, "street", null, null),
        ], Now);

        Assert.Empty(import.Errors);
        Assert.Equal(5, import.Created.Count);
        var codes = import.Created.Select(u => u.Code).ToList();
        Assert.Contains("130202001", codes);
        Assert.Contains("C1001", codes);
        Assert.Contains("C1002", codes);
    }

    [Fact]
    public void Every_failing_feature_is_reported_with_its_reasons()
    {
        var import = new TerritoryImport([], "130202");
        import.Run(
        [
            Feature(0, "street", "S1", null),
            Feature(1, "community", "C1", "S1"),
            Feature(2, "grid", "G1", "C1", Shapes.SquareJson(118, 39, 0.01)),
            Feature(3, "grid", "G2", "C1", Shapes.SquareJson(118.005, 39, 0.01)),
            Feature(4, "grid", "G3", "C1"),
            Feature(5, "grid", "G4", "S1", Shapes.SquareJson(119, 39, 0.01)),
            Feature(6, "village", "V1", "S1"),
            Feature(7, "building", "B1", "NOPE"),
            Feature(8, "street", "S9", null),
            Feature(9, "building", "B2", "G4"),
            Feature(10, "street", "S9", null),
        ], Now);

        var errors = import.Errors.ToDictionary(e => e.Index, e => string.Join(" ", e.Errors));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10], errors.Keys.Order());
        Assert.Contains("more than once", errors[8], StringComparison.Ordinal);
        Assert.Contains("overlaps grid", errors[3], StringComparison.Ordinal);
        Assert.Contains("needs a boundary", errors[4], StringComparison.Ordinal);
        Assert.Contains("must sit under a community", errors[5], StringComparison.Ordinal);
        Assert.Contains("properties.level", errors[6], StringComparison.Ordinal);
        Assert.Contains("names no unit", errors[7], StringComparison.Ordinal);
        Assert.Contains("could not be imported", errors[9], StringComparison.Ordinal);
    }

    [Fact]
    public void Features_may_hang_under_units_the_district_already_has()
    {
        var street = TerritorialUnit.Create(UnitLevel.Street, null, "Xuefeng", "130202001", null, Now).Unit!;
        var community = TerritorialUnit.Create(UnitLevel.Community, street, "Xiaoshan", "130202001001", null, Now).Unit!;
        var grid = TerritorialUnit.Create(UnitLevel.Grid, community, "Grid 1", "130202001001001", Shapes.Square(118, 39, 0.01), Now).Unit!;
        var import = new TerritoryImport([street, community, grid], "130202");

        import.Run(
        [
            Feature(0, "grid", null, "130202001001", Shapes.SquareJson(118.01, 39, 0.01)),
            Feature(1, "grid", null, "130202001001", Shapes.SquareJson(118.001, 39.001, 0.002)),
            Feature(2, "community", "130202001001", "130202001"),
        ], Now);

        Assert.Equal([1, 2], import.Errors.Select(e => e.Index));
        Assert.Contains("already used", import.Errors[1].Errors[0], StringComparison.Ordinal);
        Assert.Equal("130202001001002", Assert.Single(import.Created).Code);
    }
}
