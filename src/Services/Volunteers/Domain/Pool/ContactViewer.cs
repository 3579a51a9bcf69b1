using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>
/// Whether a caller sees volunteers' phone numbers in full: a <see cref="DistrictAdminRole"/> or
/// <see cref="CoordinatorRole"/> of the volunteer's district does; anyone else sees <c>138****5678</c>.
/// </summary>
public sealed class ContactViewer
{
    public const string DistrictAdminRole = Roles.DistrictAdmin;
    public const string CoordinatorRole = "volunteer-coordinator";

    private readonly string? fullViewOfDistrict;

    private ContactViewer(string? fullViewOfDistrict) => this.fullViewOfDistrict = fullViewOfDistrict;

    public static ContactViewer For(string? district, IReadOnlyCollection<string> roles) =>
        new(district is not null && (roles.Contains(DistrictAdminRole) || roles.Contains(CoordinatorRole)) ? district : null);

    public string? Phone(string? value, string district) =>
        value is null || string.Equals(fullViewOfDistrict, district, StringComparison.Ordinal) ? value : PersonalData.MaskPhone(value);
}
