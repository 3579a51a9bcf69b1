using System.Globalization;
using System.Text.Json;
using Governance.Grid.Domain.Territory;
using NetTopologySuite.Geometries;

namespace Governance.Grid.Tests.Domain.Territory;

/// <summary>Axis-aligned squares in longitude/latitude, enough to build neighbouring and overlapping grids.</summary>
internal static class Shapes
{
    public static JsonElement SquareJson(double lon, double lat, double size) => JsonDocument.Parse(string.Create(CultureInfo.InvariantCulture,
        $$"""{"type":"Polygon","coordinates":[[[{{lon}},{{lat}}],[{{lon + size}},{{lat}}],[{{lon + size}},{{lat + size}}],[{{lon}},{{lat + size}}],[{{lon}},{{lat}}]]]}"""))
        .RootElement;

    public static Geometry Square(double lon, double lat, double size) => Boundary.Read(SquareJson(lon, lat, size)).Boundary!;
}
