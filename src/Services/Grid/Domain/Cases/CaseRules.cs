namespace Governance.Grid.Domain.Cases;

public static class CaseRules
{
    public const int MaxCategoryLength = 50;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 20;
    public const int MaxSkillLength = 50;
    public const int MaxTextLength = 2000;
    public const int MaxActorLength = 200;

    /// <summary>A reporter's account is a token subject, as long as the history's "by" may be.</summary>
    public const int MaxAccountLength = MaxActorLength;
    public const int MaxAddressLength = 300;
    public const int MaxMediaUrlLength = 1000;

    /// <summary>A photo or video of the problem, hosted by the reporting app: an absolute http(s) address.</summary>
    public static bool IsMediaUrl(string? value) =>
        value is null || (value.Length <= MaxMediaUrlLength && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    /// <summary>Categories and skills are slugs (<c>road-damage</c>): they key the SLA settings and events.</summary>
    public const string SlugPattern = "^[a-z][a-z0-9-]*$";
}
