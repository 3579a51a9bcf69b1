using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Governance.Grid.Domain.Territory;

/// <summary>
/// Point-in-grid lookup over one district's grid boundaries: an STR-tree over the grids'
/// bounding boxes narrows the candidates, then each candidate's indexed point-in-polygon test
/// decides. Built once per change of the territory and then only read, so it is safe to share.
/// </summary>
public sealed class GridIndex
{
    private readonly STRtree<Entry> tree = new();

    public GridIndex(IEnumerable<(Guid GridId, Geometry Boundary)> grids)
    {
        foreach (var (gridId, boundary) in grids)
        {
            var locator = new IndexedPointInAreaLocator(boundary);
            // The locator builds its edge index on first use; build it now so lookups only read.
            locator.Locate(boundary.Coordinate);
            tree.Insert(boundary.EnvelopeInternal, new Entry(gridId, locator));
            Count++;
        }

        tree.Build();
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
        foreach (var entry in tree.Query(new Envelope(point)))
        {
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

        return found;
    }

    private sealed record Entry(Guid GridId, IndexedPointInAreaLocator Locator);
}
