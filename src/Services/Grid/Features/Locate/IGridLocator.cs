namespace Governance.Grid.Features.Locate;

/// <summary>Finds the grid of the caller's district whose boundary contains a point (WGS 84).</summary>
public interface IGridLocator
{
    /// <summary>The containing grid's id, or null when the point lies in no grid.</summary>
    Task<Guid?> FindGridAsync(double latitude, double longitude, CancellationToken cancellationToken);
}
