using System.Text.RegularExpressions;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>
/// Whether a caller sees volunteers' phone numbers in full: a <see cref="DistrictAdminRole"/> or
/// <see cref="CoordinatorRole"/> of the volunteer's district does; anyone else sees <c>138****5678</c>.
/// </summary>
public sealed partial class ContactViewer
{
    public const string DistrictAdminRole = "district-admin";
    public const string CoordinatorRole = "volunteer-coordinator";

    private readonly string? fullViewOfDistrict;

    private ContactViewer(string? fullViewOfDistrict) => this.fullViewOfDistrict = fullViewOfDistrict;

    public static ContactViewer For(string? district, IReadOnlyCollection<string> roles) =>
        new(district is not null && (roles.Contains(DistrictAdminRole) || roles.Contains(CoordinatorRole)) ? district : null);

    public string? Phone(string? value, string district) =>
        value is null || string.Equals(fullViewOfDistrict, district, StringComparison.Ordinal) ? value : MaskPhone(value);

    /// <summary>A mobile number (11 digits starting with 1) or a landline with its area code (<c>0315-2345678</c>).</summary>
    public static bool IsValidPhone(string? value) => value is not null && PhonePattern().IsMatch(value);

    /// <summary>First 3 and last 4 characters kept: <c>138****5678</c>.</summary>
    public static string MaskPhone(string value) =>
        value.Length <= 7
            ? new string('*', value.Length)
            : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));

    [GeneratedRegex("^(1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
