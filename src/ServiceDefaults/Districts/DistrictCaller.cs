using System.Security.Claims;
using System.Text.RegularExpressions;
using Governance.ServiceDefaults.Security;

namespace Governance.ServiceDefaults.Districts;

/// <summary>
/// Who the caller is as far as tenancy goes, read only from the validated token: the district
/// named by its <c>district</c> claim, and whether a city-level role lets it read every district.
/// </summary>
public sealed partial record DistrictCaller(string? District, bool CanReadAllDistricts)
{
    public const string DistrictClaim = "district";
    public const string RoleClaim = "roles";
    public const string SubjectClaim = "sub";

    /// <summary>City-level roles that may read across districts.</summary>
    public static readonly IReadOnlySet<string> CityRoles = new HashSet<string>(StringComparer.Ordinal) { Roles.CityOps };

    public static readonly DistrictCaller Anonymous = new(null, false);

    public bool MayReadDistrictData => District is not null || CanReadAllDistricts;

    public static DistrictCaller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var district = user.FindFirst(DistrictClaim)?.Value;
        var cityWide = user.FindAll(RoleClaim).Any(role => CityRoles.Contains(role.Value));
        return new DistrictCaller(IsValidDistrict(district) ? district : null, cityWide);
    }

    /// <summary>District ids are short lowercase slugs (e.g. <c>lunan</c>), safe in keys, tags and logs.</summary>
    public static bool IsValidDistrict(string? district) => district is not null && DistrictPattern().IsMatch(district);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictPattern();
}
