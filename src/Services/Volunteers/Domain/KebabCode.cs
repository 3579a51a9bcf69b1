using System.Text.RegularExpressions;

namespace Governance.Volunteers.Domain;

/// <summary>Stable lower-case kebab-case names (<c>first-aid</c>, <c>place-shift</c>) that other services send.</summary>
public static partial class KebabCode
{
    public static bool IsValid(string? code, int maxLength) => code is not null && code.Length <= maxLength && Pattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
