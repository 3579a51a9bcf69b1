using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>
/// Whether a caller sees volunteers' phone numbers in full: a <see cref="DistrictAdminRole"/> or
/// <see cref="CoordinatorRole"/> of the volunteer's district does; anyone else sees <c>138****5678</c>.
/// Credentials and the linked account are shown to those and to the volunteer's own account, to nobody else.
/// </summary>
public sealed class ContactViewer
{
    public const string DistrictAdminRole = Roles.DistrictAdmin;
    public const string CoordinatorRole = "volunteer-coordinator";

    private readonly string? fullViewOfDistrict;
    private readonly string? subject;

    private ContactViewer(string? fullViewOfDistrict, string? subject)
    {
        this.fullViewOfDistrict = fullViewOfDistrict;
        this.subject = subject;
    }

    /// <param name="subject">The caller's token <c>sub</c>: it sees the private fields of a volunteer linked to it.</param>
    public static ContactViewer For(string? district, IReadOnlyCollection<string> roles, string? subject = null) =>
        new(district is not null && (roles.Contains(DistrictAdminRole) || roles.Contains(CoordinatorRole)) ? district : null, subject);

    /// <summary>Whether the volunteer's credentials and account may be shown: to its own account or a coordinator of its district.</summary>
    public bool MaySeePrivate(string district, string? account) =>
        string.Equals(fullViewOfDistrict, district, StringComparison.Ordinal)
        || (account is not null && string.Equals(account, subject, StringComparison.Ordinal));

    public string? Phone(string? value, string district) =>
        value is null || string.Equals(fullViewOfDistrict, district, StringComparison.Ordinal) ? value : PersonalData.MaskPhone(value);
}
