using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Domain.People;

/// <summary>
/// What a caller may see of personal data: the platform's rule (<see cref="PersonalDataView"/>: everything in
/// their own district for a district admin), and, as a grid worker, the data of the grids they currently work
/// in. Everyone else sees masked values.
/// </summary>
public sealed class PersonalDataViewer
{
    private readonly PersonalDataView districtView;
    private readonly HashSet<Guid> workedGrids;

    private PersonalDataViewer(PersonalDataView districtView, IEnumerable<Guid> workedGrids)
    {
        this.districtView = districtView;
        this.workedGrids = [.. workedGrids];
    }

    public static readonly PersonalDataViewer Nobody = new(PersonalDataView.Masked, []);

    /// <param name="district">The caller's own district (from the token), or null.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="gridsOfCallersWorkerRecord">Grids the worker whose account is the caller's subject is assigned to now.</param>
    public static PersonalDataViewer For(string? district, IReadOnlyCollection<string> roles, IEnumerable<Guid> gridsOfCallersWorkerRecord) =>
        new(PersonalDataView.For(district, roles), roles.Contains(Roles.GridWorker) ? gridsOfCallersWorkerRecord : []);

    /// <summary>Whether personal data of <paramref name="district"/> belonging to any of <paramref name="gridIds"/> may be shown in full.</summary>
    public bool MaySeeInFull(string district, IEnumerable<Guid> gridIds) =>
        districtView.InFull(district) || gridIds.Any(workedGrids.Contains);

    public string? IdNumber(string? value, string district, params IEnumerable<Guid> gridIds) =>
        PersonalDataView.IdNumber(value, MaySeeInFull(district, gridIds));

    public string? Phone(string? value, string district, params IEnumerable<Guid> gridIds) =>
        PersonalDataView.Phone(value, MaySeeInFull(district, gridIds));
}
