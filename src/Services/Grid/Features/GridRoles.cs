namespace Governance.Grid.Features;

/// <summary>
/// Who may change what in the grid service. Any member of the district reads, reports a case and closes
/// or reopens it; grid workers keep households, residents and door visits and work cases up the ladder, each in
/// the grids they are assigned to (<see cref="Domain.People.GridWorkScope"/>); the territory and the workers'
/// duty are kept by its administrators.
/// </summary>
internal static class GridRoles
{
    public const string TerritoryAdmin = "territory-admin";

    public const string GridWorker = "grid-worker";
}
