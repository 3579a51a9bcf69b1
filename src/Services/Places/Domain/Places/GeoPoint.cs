namespace Governance.Places.Domain.Places;

/// <summary>A WGS 84 point; distances on the sphere (haversine), ample for a district's few kilometres.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusMeters = 6_371_008.8;

    public double MetersTo(GeoPoint other)
    {
        var dLat = Radians(other.Lat - Lat);
        var dLon = Radians(other.Lon - Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(Lat)) * Math.Cos(Radians(other.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The latitude and longitude band a circle of <paramref name="radiusMeters"/> fits in, for an index range scan.</summary>
    public (double MinLat, double MaxLat, double MinLon, double MaxLon) BoxAround(double radiusMeters)
    {
        var dLat = radiusMeters / EarthRadiusMeters * 180 / Math.PI;
        var cos = Math.Max(Math.Cos(Radians(Lat)), 0.01);
        var dLon = Math.Min(180, dLat / cos);
        return (Lat - dLat, Lat + dLat, Lon - dLon, Lon + dLon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
