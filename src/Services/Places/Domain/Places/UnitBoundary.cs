using System.Globalization;
using System.Text.Json;
using Governance.BuildingBlocks.Data;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Governance.Places.Domain.Places;

/// <summary>
/// A unit's boundary as the grid service last sent it with the unit's events: GeoJSON (RFC 7946)
/// Polygon or MultiPolygon text in WGS 84 longitude/latitude, null when the unit has none.
/// </summary>
public sealed class UnitBoundary : IDistrictOwned
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    private UnitBoundary()
    {
    }

    public Guid UnitId { get; private set; }

    public string District { get; set; } = "";

    public string? GeoJson { get; private set; }

    /// <summary>When the state kept here held at the grid service: a unit event older than this changes nothing.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public static UnitBoundary For(Guid unitId, string district) => new() { UnitId = unitId, District = district, OccurredAt = DateTimeOffset.MinValue };

    /// <summary>Takes the boundary a unit event carries unless a later one is kept already; false then.</summary>
    public bool Apply(string? geoJson, DateTimeOffset occurredAt)
    {
        if (occurredAt < OccurredAt)
        {
            return false;
        }

        GeoJson = geoJson;
        OccurredAt = occurredAt;
        return true;
    }

    /// <summary>The polygon(s) a GeoJSON text describes; null when it is not a readable Polygon or MultiPolygon.</summary>
    public static Geometry? Read(string geoJson)
    {
        try
        {
            return JsonSerializer.Deserialize<Geometry>(geoJson, GeoJsonOptions) is { IsEmpty: false } geometry and (Polygon or MultiPolygon) ? geometry : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Why <paramref name="location"/> cannot hold a place of the unit, or null when it can. The
    /// boundaries run from the unit up to its street. A unit without a boundary of its own (streets and
    /// communities often have none) is judged by the nearest ancestor that has one, since the unit lies
    /// inside it; with none on the way up there is nothing to judge by, and the location is accepted
    /// rather than refusing places in territory the grid service has not drawn. A point on the border counts as inside.
    /// </summary>
    public static string? Refusal(GeoPoint location, IEnumerable<(string UnitName, string? GeoJson)> unitThenAncestors)
    {
        foreach (var (unitName, geoJson) in unitThenAncestors)
        {
            if (geoJson is not null && Read(geoJson) is { } area)
            {
                return area.Covers(Factory.CreatePoint(new Coordinate(location.Lon, location.Lat)))
                    ? null
                    : string.Create(CultureInfo.InvariantCulture, $"location ({location.Lat}, {location.Lon}) lies outside the boundary of '{unitName}'.");
            }
        }

        return null;
    }
}
