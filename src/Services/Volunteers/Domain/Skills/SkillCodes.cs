namespace Governance.Volunteers.Domain.Skills;

/// <summary>Skill codes are stable kebab-case names (<c>first-aid</c>), what every other service sends.</summary>
public static class SkillCodes
{
    public const int MaxLength = 64;

    public static bool IsValid(string? code) => KebabCode.IsValid(code, MaxLength);
}
