using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Governance.Grid.Domain.Territory;

/// <summary>
/// A unit's boundary: a GeoJSON (RFC 7946) Polygon or MultiPolygon in WGS 84 longitude/latitude.
/// </summary>
public static class Boundary
{
    public const int Srid = 4326;

    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(Srid);

    private static readonly JsonSerializerOptions GeoJson = new()
    {
        Converters = { new GeoJsonConverterFactory(Factory) },
    };

    /// <summary>Reads and checks a GeoJSON geometry; the error says what is wrong in a resident-neutral way.</summary>
    public static (Geometry? Boundary, string? Error) Read(JsonElement geoJson)
    {
        if (geoJson.ValueKind != JsonValueKind.Object)
        {
            return (null, "boundary must be a GeoJSON Polygon or MultiPolygon object.");
        }

        Geometry? geometry;
        try
        {
            geometry = geoJson.Deserialize<Geometry>(GeoJson);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"boundary is not valid GeoJSON: {ex.Message}");
        }

        return geometry is null ? (null, "boundary must be a GeoJSON Polygon or MultiPolygon object.") : Check(geometry);
    }

    /// <summary>Checks a geometry is a usable boundary: polygonal, within WGS 84 ranges, and topologically valid.</summary>
    public static (Geometry? Boundary, string? Error) Check(Geometry geometry)
    {
        if (geometry is not (Polygon or MultiPolygon))
        {
            return (null, $"boundary must be a Polygon or MultiPolygon, not a {geometry.GeometryType}.");
        }

        if (geometry.IsEmpty)
        {
            return (null, "boundary has no coordinates.");
        }

        if (geometry.Coordinates.Any(c => c.X is < -180 or > 180 || c.Y is < -90 or > 90 || double.IsNaN(c.X) || double.IsNaN(c.Y)))
        {
            return (null, "boundary coordinates must be [longitude, latitude] within [-180, 180] and [-90, 90].");
        }

        var validity = new IsValidOp(geometry).ValidationError;
        if (validity is not null)
        {
            return (null, $"boundary is not a valid polygon: {validity.Message} near [{validity.Coordinate.X}, {validity.Coordinate.Y}].");
        }

        geometry.SRID = Srid;
        return (geometry, null);
    }

    /// <summary>
    /// Whether two boundaries share area. Touching along an edge or at a corner does not count:
    /// neighbouring grids share their borders.
    /// </summary>
    public static bool Overlaps(Geometry a, Geometry b) =>
        a.EnvelopeInternal.Intersects(b.EnvelopeInternal) && a.Relate(b, "T********");

    public static string ToGeoJson(Geometry geometry) => JsonSerializer.Serialize(geometry, GeoJson);
}
