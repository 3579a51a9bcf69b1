using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;

namespace Governance.ServiceDefaults.Privacy;

/// <summary>
/// The one rule for showing personal data (ID numbers, phones): in full to a caller of the record's own
/// district who administers it (<see cref="Roles.DistrictAdmin"/>) or keeps such records (the roles a
/// service names, e.g. <see cref="Roles.VolunteerCoordinator"/> for volunteers); masked as
/// <see cref="PersonalData"/> masks it for everyone else, city-wide roles included. A service may add a
/// narrower scope inside the district (grid workers see the residents of the grids they work in), never more.
/// </summary>
public sealed class PersonalDataView
{
    private readonly string? fullViewOfDistrict;

    private PersonalDataView(string? fullViewOfDistrict) => this.fullViewOfDistrict = fullViewOfDistrict;

    /// <summary>Sees nothing in full.</summary>
    public static readonly PersonalDataView Masked = new(null);

    /// <param name="district">The caller's own district (from the token), or null.</param>
    /// <param name="roles">The caller's roles.</param>
    /// <param name="keeperRoles">The roles, besides the district's administrator, that keep such records.</param>
    public static PersonalDataView For(string? district, IReadOnlyCollection<string> roles, params IEnumerable<string> keeperRoles) =>
        new(district is not null && (roles.Contains(Roles.DistrictAdmin) || keeperRoles.Any(roles.Contains)) ? district : null);

    /// <inheritdoc cref="For(string?, IReadOnlyCollection{string}, IEnumerable{string})"/>
    public static PersonalDataView For(ClaimsPrincipal caller, params IEnumerable<string> keeperRoles) =>
        For(DistrictCaller.From(caller).District, [.. caller.FindAll(DistrictCaller.RoleClaim).Select(r => r.Value)], keeperRoles);

    /// <summary>Whether personal data of <paramref name="district"/> may be shown in full.</summary>
    public bool InFull(string district) => string.Equals(fullViewOfDistrict, district, StringComparison.Ordinal);

    [return: NotNullIfNotNull(nameof(value))]
    public string? Phone(string? value, string district) => Phone(value, InFull(district));

    [return: NotNullIfNotNull(nameof(value))]
    public string? IdNumber(string? value, string district) => IdNumber(value, InFull(district));

    /// <summary>The phone as shown when the caller <paramref name="inFull"/> may see it, or not.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Phone(string? value, bool inFull) => value is null || inFull ? value : PersonalData.MaskPhone(value);

    /// <summary>The ID number as shown when the caller <paramref name="inFull"/> may see it, or not.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? IdNumber(string? value, bool inFull) => value is null || inFull ? value : PersonalData.MaskIdNumber(value);
}
