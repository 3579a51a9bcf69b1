using System.Diagnostics;
using System.Globalization;
using Governance.Grid.Domain.Territory;
using Governance.Seeder;
using NetTopologySuite.Geometries;

// Point-in-grid lookup over a Lunan-scale district (4,800 grids): the service's GridIndex
// against a linear scan over every grid polygon, on the same random points in one run.
// Prints the median time per lookup over rounds, and the ratio.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
const int IndexedLookupsPerRound = 20_000;
const int ScannedLookupsPerRound = 200;

var district = new SyntheticDistrict(new DistrictShape(BuildingsPerGrid: 0));
var grids = district.Grids()
    .Select(g => (Id: Guid.CreateVersion7(), Boundary: (Geometry)Boundary.Factory.CreatePolygon(g.Ring.Select(c => new Coordinate(c[0], c[1])).ToArray())))
    .ToList();
var build = Stopwatch.StartNew();
var index = new GridIndex(grids);
build.Stop();

var (west, south, east, north) = district.Extent;
var random = new Random(7);
var points = Enumerable.Range(0, IndexedLookupsPerRound)
    .Select(_ => (Lon: west + random.NextDouble() * (east - west), Lat: south + random.NextDouble() * (north - south)))
    .ToArray();

Guid? LinearScan(double lon, double lat)
{
    var point = Boundary.Factory.CreatePoint(new Coordinate(lon, lat));
    foreach (var (id, boundary) in grids)
    {
        if (boundary.Covers(point))
        {
            return id;
        }
    }

    return null;
}

// Both must agree before either is timed.
var disagreements = points.Take(ScannedLookupsPerRound).Count(p => index.Locate(p.Lon, p.Lat) != LinearScan(p.Lon, p.Lat));
var found = points.Count(p => index.Locate(p.Lon, p.Lat) is not null);

var indexed = new List<double>();
var scanned = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var watch = Stopwatch.StartNew();
    foreach (var (lon, lat) in points)
    {
        index.Locate(lon, lat);
    }

    indexed.Add(watch.Elapsed.TotalMicroseconds / points.Length);
    var offset = round * ScannedLookupsPerRound % points.Length;
    watch.Restart();
    for (var i = 0; i < ScannedLookupsPerRound; i++)
    {
        var (lon, lat) = points[(offset + i) % points.Length];
        LinearScan(lon, lat);
    }

    scanned.Add(watch.Elapsed.TotalMicroseconds / ScannedLookupsPerRound);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

var indexedMedian = Median(indexed);
var scannedMedian = Median(scanned);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    grids: {grids.Count:N0}; index built in {build.Elapsed.TotalMilliseconds:F0} ms; {found * 100.0 / points.Length:F1}% of points fall in a grid; disagreements with the scan: {disagreements}
    rounds: {rounds} ({IndexedLookupsPerRound:N0} indexed and {ScannedLookupsPerRound} scanned lookups each)
    | path | median per lookup |
    |---|---|
    | GridIndex (spatial hash + point-in-polygon) | {indexedMedian:F2} µs |
    | linear scan (Covers over every grid) | {scannedMedian:F1} µs |
    speed-up: {scannedMedian / indexedMedian:F0}x (target: at most 20 µs per lookup and at least 100x)
    """));
return disagreements == 0 ? 0 : 1;
