using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Governance.Grid.Domain.Territory;

/// <summary>
/// Point-in-grid lookup over one district's grid boundaries. A spatial hash of square cells,
/// about one grid wide, narrows a point to the few grids whose bounding boxes reach its cell;
/// a point-in-polygon test then decides. Grids are similar in size and tile the district, which
/// is what a hash suits: it costs one dictionary read per lookup where NTS's STR-tree query
/// measured several microseconds (bench/locate.sh). Built once per territory change, then only read.
/// </summary>
public sealed class GridIndex
{
    // A grid spreading over more cells than this (a district-sized outlier) is checked on every lookup instead.
    private const int MaxCellsPerGrid = 256;
    private const int SimpleBoundaryMaxPoints = 64;

    private readonly Dictionary<(long X, long Y), List<Entry>> cells = [];
    private readonly List<Entry> oversized = [];
    private readonly double cellSize;

    public GridIndex(IEnumerable<(Guid GridId, Geometry Boundary)> grids)
    {
        var entries = grids.Select(g => new Entry(g.GridId, g.Boundary.EnvelopeInternal, Locator(g.Boundary))).ToList();
        Count = entries.Count;
        cellSize = CellSize(entries);
        foreach (var entry in entries)
        {
            var (minX, minY) = Cell(entry.Envelope.MinX, entry.Envelope.MinY);
            var (maxX, maxY) = Cell(entry.Envelope.MaxX, entry.Envelope.MaxY);
            if ((maxX - minX + 1) * (maxY - minY + 1) > MaxCellsPerGrid)
            {
                oversized.Add(entry);
                continue;
            }

            for (var x = minX; x <= maxX; x++)
            {
                for (var y = minY; y <= maxY; y++)
                {
                    if (!cells.TryGetValue((x, y), out var list))
                    {
                        cells[(x, y)] = list = [];
                    }

                    list.Add(entry);
                }
            }
        }
    }

    public int Count { get; }

    /// <summary>
    /// The grid containing the point. A point on a border shared by two grids goes to a grid
    /// that holds it inside if any, else to the smallest id, so every replica answers the same.
    /// </summary>
    public Guid? Locate(double longitude, double latitude)
    {
        var point = new Coordinate(longitude, latitude);
        Guid? found = null;
        var foundOnBorder = false;
        if (cells.TryGetValue(Cell(longitude, latitude), out var candidates))
        {
            Consider(candidates, point, ref found, ref foundOnBorder);
        }

        Consider(oversized, point, ref found, ref foundOnBorder);
        return found;
    }

    private static void Consider(List<Entry> candidates, Coordinate point, ref Guid? found, ref bool foundOnBorder)
    {
        foreach (var entry in candidates)
        {
            if (!entry.Envelope.Covers(point))
            {
                continue;
            }

            var location = entry.Locator.Locate(point);
            if (location == Location.Exterior)
            {
                continue;
            }

            var onBorder = location == Location.Boundary;
            var better = found is null
                || (foundOnBorder && !onBorder)
                || (foundOnBorder == onBorder && entry.GridId.CompareTo(found.Value) < 0);
            if (better)
            {
                found = entry.GridId;
                foundOnBorder = onBorder;
            }
        }
    }

    private (long X, long Y) Cell(double x, double y) => ((long)Math.Floor(x / cellSize), (long)Math.Floor(y / cellSize));

    /// <summary>The median grid's larger side: most grids then reach one to four cells.</summary>
    private static double CellSize(List<Entry> entries)
    {
        var sides = entries.Select(e => Math.Max(e.Envelope.Width, e.Envelope.Height)).Where(s => s > 0).Order().ToList();
        return sides.Count == 0 ? 0.01 : sides[sides.Count / 2];
    }

    private static IPointOnGeometryLocator Locator(Geometry boundary)
    {
        // Real grids are a handful of vertices, where a plain ray-crossing test beats building
        // an edge index; an intricate boundary gets the index, built now so lookups only read.
        IPointOnGeometryLocator locator = boundary.NumPoints <= SimpleBoundaryMaxPoints
            ? new SimplePointInAreaLocator(boundary)
            : new IndexedPointInAreaLocator(boundary);
        locator.Locate(boundary.Coordinate);
        return locator;
    }

    private sealed record Entry(Guid GridId, Envelope Envelope, IPointOnGeometryLocator Locator);
}
