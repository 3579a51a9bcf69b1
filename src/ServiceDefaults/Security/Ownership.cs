using System.Security.Claims;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Domain;

namespace Governance.ServiceDefaults.Security;

/// <summary>
/// Records that belong to a person keep the <c>sub</c> of the account they belong to. Membership of
/// the district is not enough to act on them (OWASP API1): only that account, or a role that
/// organises such records for the district, may.
/// </summary>
public static class Ownership
{
    /// <summary>The token's subject, or null for a token without one.</summary>
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst(DistrictCaller.SubjectClaim)?.Value;

    /// <summary>
    /// The pure rule: null when <paramref name="subject"/> is the record's <paramref name="owner"/> or the caller
    /// <paramref name="organises"/> such records; otherwise why not, naming <paramref name="organiserRole"/>. A
    /// record without an owner belongs to nobody who could call, so only an organiser may act on it.
    /// </summary>
    public static DomainError? Refusal(string? owner, string? subject, bool organises, string organiserRole, string action) =>
        organises || (owner is not null && string.Equals(owner, subject, StringComparison.Ordinal))
            ? null
            : DomainError.NotAllowed(owner is null
                ? $"Only the role {organiserRole} or {Roles.DistrictAdmin} may {action}: it is linked to no account."
                : $"Only the account it belongs to, or the role {organiserRole} or {Roles.DistrictAdmin}, may {action}.");

    /// <summary>The rule for the caller: organising means holding <paramref name="organiserRole"/> or <see cref="Roles.DistrictAdmin"/>.</summary>
    public static DomainError? Refusal(this ClaimsPrincipal user, string? owner, string organiserRole, string action) =>
        Refusal(owner, user.Subject(), user.IsInRole(organiserRole) || user.IsInRole(Roles.DistrictAdmin), organiserRole, action);
}
