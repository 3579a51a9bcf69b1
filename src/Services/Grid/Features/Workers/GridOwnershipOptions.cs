namespace Governance.Grid.Features.Workers;

/// <summary>
/// Per-district relaxation of the ownership rule (section <c>Ownership</c>): by default a grid worker changes
/// people and works cases only in the grids they are assigned to.
/// </summary>
public sealed class GridOwnershipOptions
{
    public const string Section = "Ownership";

    /// <summary>Districts whose grid workers may change people and work cases in any grid of the district.</summary>
    public List<string> UnrestrictedDistricts { get; init; } = [];
}
