using System.Text.RegularExpressions;

namespace Governance.Volunteers.Domain.Skills;

/// <summary>Skill codes are stable kebab-case names (<c>first-aid</c>), what every other service sends.</summary>
public static partial class SkillCodes
{
    public const int MaxLength = 64;

    public static bool IsValid(string? code) => code is not null && code.Length <= MaxLength && Pattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
