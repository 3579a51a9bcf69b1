using System.Globalization;

namespace Governance.Seeder;

/// <summary>How big a synthetic district to make. The defaults are Lunan's scale: 12 streets × 20 communities × 20 grids = 4,800 grids.</summary>
public sealed record DistrictShape(
    int Seed = 42,
    string AdministrativeCode = "130202",
    int Streets = 12,
    int CommunitiesPerStreet = 20,
    int GridsPerCommunity = 20,
    int BuildingsPerGrid = 4,
    int HouseholdsPerBuilding = 2,
    int ResidentsPerHousehold = 2,
    double WestLongitude = 118.10,
    double SouthLatitude = 39.55,
    double GridSizeDegrees = 0.003);

/// <summary>One unit of the synthetic territory, as a feature of the import file. <see cref="Ring"/> is set for grids only.</summary>
public sealed record SyntheticUnit(string Level, string Name, string Code, string? ParentCode, double[][]? Ring);

/// <summary>
/// A deterministic synthetic district: streets, communities and grids laid out as nested blocks
/// of a lattice whose inner corners are jittered, so grids are irregular quadrilaterals that share
/// their borders with their neighbours and never overlap. The same seed gives the same district.
/// </summary>
public sealed class SyntheticDistrict
{
    private readonly DistrictShape shape;
    private readonly (int Columns, int Rows) streetsBlock;
    private readonly (int Columns, int Rows) communitiesBlock;
    private readonly (int Columns, int Rows) gridsBlock;
    private readonly double[,] jitterX;
    private readonly double[,] jitterY;

    public SyntheticDistrict(DistrictShape shape)
    {
        this.shape = shape;
        streetsBlock = Block(shape.Streets);
        communitiesBlock = Block(shape.CommunitiesPerStreet);
        gridsBlock = Block(shape.GridsPerCommunity);
        var columns = streetsBlock.Columns * communitiesBlock.Columns * gridsBlock.Columns;
        var rows = streetsBlock.Rows * communitiesBlock.Rows * gridsBlock.Rows;
        jitterX = new double[columns + 1, rows + 1];
        jitterY = new double[columns + 1, rows + 1];
        var random = new Random(shape.Seed);
        for (var x = 1; x < columns; x++)
        {
            for (var y = 1; y < rows; y++)
            {
                // At most 30% of a cell either way: every quadrilateral stays simple, so valid.
                jitterX[x, y] = (random.NextDouble() - 0.5) * 0.6;
                jitterY[x, y] = (random.NextDouble() - 0.5) * 0.6;
            }
        }
    }

    public DistrictShape Shape => shape;

    public int GridCount => shape.Streets * shape.CommunitiesPerStreet * shape.GridsPerCommunity;

    /// <summary>The district's bounding box: west, south, east, north.</summary>
    public (double West, double South, double East, double North) Extent => (
        shape.WestLongitude,
        shape.SouthLatitude,
        shape.WestLongitude + (jitterX.GetLength(0) - 1) * shape.GridSizeDegrees,
        shape.SouthLatitude + (jitterX.GetLength(1) - 1) * shape.GridSizeDegrees);

    /// <summary>Every unit, parents before children.</summary>
    public IEnumerable<SyntheticUnit> Units()
    {
        for (var s = 0; s < shape.Streets; s++)
        {
            var streetCode = shape.AdministrativeCode + Sequence(s);
            yield return new SyntheticUnit("street", $"Street {s + 1}", streetCode, null, null);
            for (var c = 0; c < shape.CommunitiesPerStreet; c++)
            {
                var communityCode = streetCode + Sequence(c);
                yield return new SyntheticUnit("community", $"Community {s + 1}-{c + 1}", communityCode, streetCode, null);
                for (var g = 0; g < shape.GridsPerCommunity; g++)
                {
                    var gridCode = communityCode + Sequence(g);
                    yield return new SyntheticUnit("grid", $"Grid {s + 1}-{c + 1}-{g + 1}", gridCode, communityCode, Ring(s, c, g));
                    for (var b = 0; b < shape.BuildingsPerGrid; b++)
                    {
                        yield return new SyntheticUnit("building", $"Building {b + 1}", gridCode + Sequence(b), gridCode, null);
                    }
                }
            }
        }
    }

    /// <summary>The grids' rings, closed, as [longitude, latitude] pairs.</summary>
    public IEnumerable<(string Code, double[][] Ring)> Grids() =>
        Units().Where(u => u.Ring is not null).Select(u => (u.Code, u.Ring!));

    private double[][] Ring(int street, int community, int grid)
    {
        var (column, row) = Cell(street, community, grid);
        return [Corner(column, row), Corner(column + 1, row), Corner(column + 1, row + 1), Corner(column, row + 1), Corner(column, row)];
    }

    private (int Column, int Row) Cell(int street, int community, int grid)
    {
        var column = street % streetsBlock.Columns * communitiesBlock.Columns * gridsBlock.Columns
            + community % communitiesBlock.Columns * gridsBlock.Columns
            + grid % gridsBlock.Columns;
        var row = street / streetsBlock.Columns * communitiesBlock.Rows * gridsBlock.Rows
            + community / communitiesBlock.Columns * gridsBlock.Rows
            + grid / gridsBlock.Columns;
        return (column, row);
    }

    private double[] Corner(int x, int y) =>
    [
        Math.Round(shape.WestLongitude + (x + jitterX[x, y]) * shape.GridSizeDegrees, 7),
        Math.Round(shape.SouthLatitude + (y + jitterY[x, y]) * shape.GridSizeDegrees, 7),
    ];

    private static (int Columns, int Rows) Block(int count)
    {
        var columns = (int)Math.Ceiling(Math.Sqrt(Math.Max(count, 1)));
        return (columns, (int)Math.Ceiling(Math.Max(count, 1) / (double)columns));
    }

    private static string Sequence(int index) => (index + 1).ToString("D3", CultureInfo.InvariantCulture);
}
