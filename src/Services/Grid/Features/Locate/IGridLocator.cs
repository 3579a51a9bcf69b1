namespace Governance.Grid.Features.Locate;

/// <summary>Finds the grid of the caller's district whose boundary contains a point (WGS 84).</summary>
public interface IGridLocator
{
    /// <summary>The containing grid's id, or null when the point lies in no grid.</summary>
    Task<Guid?> FindGridAsync(double latitude, double longitude, CancellationToken cancellationToken);

    /// <summary>
    /// The caller's district's grids as this replica last loaded them, without reading the database,
    /// or null before the first load. Compare <see cref="DistrictGrids.Revision"/> with the district's
    /// revision read in the same round trip as the work that relies on it.
    /// </summary>
    DistrictGrids? LastLoaded();

    /// <summary>The caller's district's grids at <paramref name="revision"/> or later, loaded when the cached ones are older.</summary>
    Task<DistrictGrids> AtRevisionAsync(long revision, CancellationToken cancellationToken);
}
