namespace Governance.Grid.Domain.Cases;

/// <summary>A WGS 84 point.</summary>
public sealed record GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Great-circle (haversine) distance in metres.</summary>
    public double MetersTo(GeoPoint other)
    {
        var dLat = Radians(other.Lat - Lat);
        var dLon = Radians(other.Lon - Lon);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(Lat)) * Math.Cos(Radians(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box containing every point within <paramref name="meters"/>, for a cheap pre-filter in SQL.</summary>
    public (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double meters)
    {
        var dLat = meters / EarthRadiusMeters * 180 / Math.PI;
        var cos = Math.Cos(Radians(Lat));
        var dLon = cos < 1e-6 ? 180 : Math.Min(180, dLat / cos);
        return (Lat - dLat, Lat + dLat, Lon - dLon, Lon + dLon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>Which open cases look like the same problem reported again.</summary>
public static class DuplicatePolicy
{
    public const double DefaultRadiusMeters = 100;

    /// <summary>
    /// Same category and still open, and: within <paramref name="radiusMeters"/> when both cases have
    /// a location; in the same grid when either has none (nothing nearer can be said).
    /// </summary>
    public static bool IsPossibleDuplicate(GridCase reported, DuplicateCandidate candidate, double radiusMeters) =>
        candidate.Id != reported.Id
        && candidate.Status.IsOpen()
        && candidate.Category == reported.Category
        && (reported.Location is { } here && candidate.Location is { } there
            ? here.MetersTo(there) <= radiusMeters
            : candidate.GridId == reported.GridId);
}

/// <summary>An existing case as the duplicate check reads it: only what the policy and the answer need.</summary>
public sealed record DuplicateCandidate(
    Guid Id, string Category, string Title, CaseStatus Status, CaseLevel Level, Guid GridId, GeoPoint? Location, DateTimeOffset CreatedAt);
