using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Domain.People;

/// <summary>
/// Where a caller may change people (households, residents, special groups, door visits) and work cases: a
/// <see cref="Roles.DistrictAdmin"/> everywhere in their district; a grid worker only in the grids
/// their worker record is assigned to, unless their district is configured as unrestricted, where any grid of it.
/// The same assignments decide what personal data a worker sees in full (<see cref="PersonalDataViewer"/>).
/// </summary>
public sealed class GridWorkScope
{
    private readonly string? adminOfDistrict;
    private readonly string? unrestrictedDistrict;
    private readonly HashSet<Guid> workedGrids;

    private GridWorkScope(string? adminOfDistrict, string? unrestrictedDistrict, IEnumerable<Guid> workedGrids)
    {
        this.adminOfDistrict = adminOfDistrict;
        this.unrestrictedDistrict = unrestrictedDistrict;
        this.workedGrids = [.. workedGrids];
    }

    /// <param name="district">The caller's own district (from the token), or null.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="gridsOfCallersWorkerRecord">Grids the worker whose account is the caller's subject is assigned to now.</param>
    /// <param name="unrestrictedDistricts">Districts whose grid workers may work in any of the district's grids.</param>
    public static GridWorkScope For(
        string? district, IReadOnlyCollection<string> roles, IEnumerable<Guid> gridsOfCallersWorkerRecord, IReadOnlyCollection<string> unrestrictedDistricts)
    {
        var worker = roles.Contains(Roles.GridWorker);
        return new(
            district is not null && roles.Contains(Roles.DistrictAdmin) ? district : null,
            worker && district is not null && unrestrictedDistricts.Contains(district) ? district : null,
            worker ? gridsOfCallersWorkerRecord : []);
    }

    public bool MayWorkIn(string district, Guid gridId) =>
        string.Equals(adminOfDistrict, district, StringComparison.Ordinal)
        || string.Equals(unrestrictedDistrict, district, StringComparison.Ordinal)
        || workedGrids.Contains(gridId);

    /// <summary>Null when the caller may <paramref name="action"/> in the grid; otherwise a 403 saying why.</summary>
    public DomainError? Refusal(string district, Guid gridId, string action) =>
        MayWorkIn(district, gridId)
            ? null
            : DomainError.NotAllowed(
                $"Only a grid worker assigned to grid {gridId} (a worker record whose account is your token's sub), or a {Roles.DistrictAdmin}, may {action}.");
}
