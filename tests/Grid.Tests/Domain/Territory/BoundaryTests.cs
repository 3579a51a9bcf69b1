using System.Text.Json;
using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Tests.Domain.Territory;

public class BoundaryTests
{
    [Fact]
    public void A_polygon_is_read_as_a_wgs84_boundary()
    {
        var (boundary, error) = Boundary.Read(Shapes.SquareJson(118.1, 39.6, 0.01));

        Assert.Null(error);
        Assert.Equal(Boundary.Srid, boundary!.SRID);
        Assert.Equal("Polygon", boundary.GeometryType);
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[118.1,39.6]}""", "Polygon or MultiPolygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}""", "not a valid polygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[200,0],[200,1],[0,0]]]}""", "longitude")]
    [InlineData("""{"type":"Polygon","coordinates":"nope"}""", "not valid GeoJSON")]
    [InlineData("""[1,2]""", "GeoJSON Polygon or MultiPolygon object")]
    public void Unusable_boundaries_are_refused_with_a_reason(string geoJson, string expected)
    {
        var (boundary, error) = Boundary.Read(JsonDocument.Parse(geoJson).RootElement);

        Assert.Null(boundary);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grids_sharing_a_border_or_a_corner_do_not_overlap()
    {
        var grid = Shapes.Square(118, 39, 0.01);

        Assert.False(Boundary.Overlaps(grid, Shapes.Square(118.01, 39, 0.01)));
        Assert.False(Boundary.Overlaps(grid, Shapes.Square(118.01, 39.01, 0.01)));
        Assert.True(Boundary.Overlaps(grid, Shapes.Square(118.005, 39.005, 0.01)));
        Assert.True(Boundary.Overlaps(grid, Shapes.Square(118.002, 39.002, 0.002)));
    }
}
