using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Domain.People;

/// <summary>
/// What a caller may see of personal data: everything in their own district when they hold
/// <see cref="DistrictAdminRole"/>; otherwise only the data of the grids they currently work in
/// as a grid worker. Everyone else sees masked values.
/// </summary>
public sealed class PersonalDataViewer
{
    public const string DistrictAdminRole = Roles.DistrictAdmin;
    public const string GridWorkerRole = "grid-worker";

    private readonly string? adminOfDistrict;
    private readonly HashSet<Guid> workedGrids;

    private PersonalDataViewer(string? adminOfDistrict, IEnumerable<Guid> workedGrids)
    {
        this.adminOfDistrict = adminOfDistrict;
        this.workedGrids = [.. workedGrids];
    }

    public static readonly PersonalDataViewer Nobody = new(null, []);

    /// <param name="district">The caller's own district (from the token), or null.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="gridsOfCallersWorkerRecord">Grids the worker whose account is the caller's subject is assigned to now.</param>
    public static PersonalDataViewer For(string? district, IReadOnlyCollection<string> roles, IEnumerable<Guid> gridsOfCallersWorkerRecord) =>
        new(
            district is not null && roles.Contains(DistrictAdminRole) ? district : null,
            roles.Contains(GridWorkerRole) ? gridsOfCallersWorkerRecord : []);

    /// <summary>Whether personal data of <paramref name="district"/> belonging to any of <paramref name="gridIds"/> may be shown in full.</summary>
    public bool MaySeeInFull(string district, IEnumerable<Guid> gridIds) =>
        string.Equals(adminOfDistrict, district, StringComparison.Ordinal) || gridIds.Any(workedGrids.Contains);

    public string? IdNumber(string? value, string district, params IEnumerable<Guid> gridIds) =>
        value is null || MaySeeInFull(district, gridIds) ? value : PersonalData.MaskIdNumber(value);

    public string? Phone(string? value, string district, params IEnumerable<Guid> gridIds) =>
        value is null || MaySeeInFull(district, gridIds) ? value : PersonalData.MaskPhone(value);
}
