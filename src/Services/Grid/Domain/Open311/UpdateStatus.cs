namespace Governance.Grid.Domain.Open311;

/// <summary>
/// The status a resident's update carries. GeoReport's extension defines <c>open</c> and <c>closed</c>;
/// FixMyStreet sends them in capitals and, with its extended statuses, names such as <c>FIXED</c> or
/// <c>REOPEN</c>. Each means either "the problem is still there" (which reopens a resolved case) or
/// "it is done" (a comment only: a resident cannot close a case).
/// </summary>
public static class UpdateStatus
{
    private static readonly Dictionary<string, bool> StillOpen = new(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = true,
        ["reopen"] = true,
        ["in_progress"] = true,
        ["action_scheduled"] = true,
        ["investigating"] = true,
        ["closed"] = false,
        ["fixed"] = false,
        ["duplicate"] = false,
        ["not_councils_responsibility"] = false,
        ["no_further_action"] = false,
        ["internal_referral"] = false,
        ["unable_to_fix"] = false,
    };

    public static IEnumerable<string> Known => StillOpen.Keys;

    /// <summary>Whether <paramref name="status"/> says the problem is still there; false for an unknown status.</summary>
    public static bool TryRead(string? status, out bool stillOpen) => StillOpen.TryGetValue(status ?? "", out stillOpen);
}
