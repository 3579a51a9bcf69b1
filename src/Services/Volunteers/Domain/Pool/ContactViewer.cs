using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>
/// Whether a caller sees volunteers' phone numbers in full: the platform's rule (<see cref="PersonalDataView"/>),
/// with the <see cref="Roles.VolunteerCoordinator"/>s of the volunteer's district keeping the records; anyone
/// else sees <c>138****5678</c>. Credentials and the linked account are shown to those and to the volunteer's
/// own account, to nobody else.
/// </summary>
public sealed class ContactViewer
{
    private readonly PersonalDataView view;
    private readonly string? subject;

    private ContactViewer(PersonalDataView view, string? subject)
    {
        this.view = view;
        this.subject = subject;
    }

    /// <param name="subject">The caller's token <c>sub</c>: it sees the private fields of a volunteer linked to it.</param>
    public static ContactViewer For(string? district, IReadOnlyCollection<string> roles, string? subject = null) =>
        new(PersonalDataView.For(district, roles, Roles.VolunteerCoordinator), subject);

    /// <summary>Whether the volunteer's credentials and account may be shown: to its own account or a coordinator of its district.</summary>
    public bool MaySeePrivate(string district, string? account) =>
        view.InFull(district) || (account is not null && string.Equals(account, subject, StringComparison.Ordinal));

    public string? Phone(string? value, string district) => view.Phone(value, district);
}
