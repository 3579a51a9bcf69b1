using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>
/// Who a new volunteer record belongs to and what its creator may claim on it. Anyone of the district signs
/// up, for their own account; a coordinator (or district admin) creates records on someone's behalf, links
/// them to any account or none, and alone may mark a credential verified, which matching rewards.
/// </summary>
public static class VolunteerOwnership
{
    public const string AccountField = "account";

    /// <summary>The record's account: the one a coordinator names (possibly none), else the caller's own.</summary>
    public static string? AccountFor(string? requested, string? subject, bool coordinates) =>
        coordinates ? (string.IsNullOrWhiteSpace(requested) ? null : requested.Trim()) : subject;

    /// <summary>
    /// What a caller who does not coordinate may not send when signing up, by camelCase field path: another
    /// account than their own, and any credential marked verified (by its index in <paramref name="credentialsVerified"/>).
    /// </summary>
    public static Dictionary<string, string[]> SignUpProblems(
        string? requestedAccount, IReadOnlyList<bool> credentialsVerified, string? subject, bool coordinates)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (coordinates)
        {
            return problems;
        }

        if (!string.IsNullOrWhiteSpace(requestedAccount) && !string.Equals(requestedAccount.Trim(), subject, StringComparison.Ordinal))
        {
            problems[AccountField] = [$"Only the role {Roles.VolunteerCoordinator} or {Roles.DistrictAdmin} links a volunteer to another account; leave account out or give your own."];
        }

        for (var i = 0; i < credentialsVerified.Count; i++)
        {
            if (credentialsVerified[i])
            {
                problems[$"skills[{i}].credential.verified"] = [$"Only the role {Roles.VolunteerCoordinator} or {Roles.DistrictAdmin} verifies a credential; send verified: false."];
            }
        }

        return problems;
    }
}
