using System.Text.RegularExpressions;

namespace Governance.ServiceDefaults.Privacy;

/// <summary>
/// ID numbers (GB 11643) and phone numbers, the personal data every service may hold: what a well-formed value
/// looks like and how it is shown to a caller who may not see it in full.
/// </summary>
public static partial class PersonalData
{
    public const int IdNumberLength = 18;
    public const int MaxPhoneLength = 13;

    private static readonly int[] IdNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdNumberCheckCharacters = "10X98765432";

    /// <summary>
    /// A resident identity number of GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit
    /// sequence and a check character (ISO 7064 MOD 11-2, <c>X</c> standing for 10).
    /// </summary>
    public static bool IsValidIdNumber(string? value)
    {
        if (value is null || !IdNumberPattern().IsMatch(value))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", out _))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < IdNumberWeights.Length; i++)
        {
            sum += (value[i] - '0') * IdNumberWeights[i];
        }

        return IdNumberCheckCharacters[sum % 11] == char.ToUpperInvariant(value[17]);
    }

    /// <summary>A mobile number (11 digits starting with 1) or a landline with its area code (<c>0315-2345678</c>).</summary>
    public static bool IsValidPhone(string? value) => value is not null && PhonePattern().IsMatch(value);

    /// <summary>True when free text carries something that looks like an ID or mobile number.</summary>
    public static bool ContainsIdOrPhoneNumber(string? text) => text is not null && EmbeddedNumberPattern().IsMatch(text);

    /// <summary>First 6 and last 4 characters kept: <c>130202********1234</c>.</summary>
    public static string MaskIdNumber(string value) => Mask(value, 6, 4);

    /// <summary>First 3 and last 4 characters kept: <c>138****5678</c>.</summary>
    public static string MaskPhone(string value) => Mask(value, 3, 4);

    private static string Mask(string value, int head, int tail) =>
        value.Length <= head + tail
            ? new string('*', value.Length)
            : string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));

    [GeneratedRegex("^[1-9][0-9]{16}[0-9Xx]$", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex("^(1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex("(?<![0-9])([0-9]{17}[0-9Xx]|1[0-9]{10})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedNumberPattern();
}
