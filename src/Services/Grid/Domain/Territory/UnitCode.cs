using System.Globalization;

namespace Governance.Grid.Domain.Territory;

/// <summary>
/// Territorial codes after CJ/T 349: the district's 6-digit administrative code (GB/T 2260),
/// then 3 digits per rung below it: street, community, grid (and building). A child's code
/// extends its parent's, so a code alone tells where a unit sits.
/// </summary>
public static class UnitCode
{
    public const int AdministrativeCodeLength = 6;
    public const int SequenceLength = 3;
    public const int MaxSequence = 999;

    public static bool IsAdministrativeCode(string? code) =>
        code is { Length: AdministrativeCodeLength } && code.All(char.IsAsciiDigit);

    /// <summary>
    /// The next free code under <paramref name="prefix"/> (the parent's code, or the district's
    /// administrative code for a street): one past the highest sequence among the sibling codes
    /// that follow the scheme. Siblings with hand-made codes do not take part.
    /// </summary>
    public static (string? Code, string? Error) Next(string prefix, IEnumerable<string?> siblingCodes)
    {
        var highest = 0;
        foreach (var code in siblingCodes)
        {
            if (Sequence(prefix, code) is { } sequence && sequence > highest)
            {
                highest = sequence;
            }
        }

        if (highest >= MaxSequence)
        {
            return (null, $"All {MaxSequence} codes under '{prefix}' are taken; supply a code.");
        }

        return (prefix + (highest + 1).ToString("D3", CultureInfo.InvariantCulture), null);
    }

    private static int? Sequence(string prefix, string? code)
    {
        if (code is null || code.Length != prefix.Length + SequenceLength || !code.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var tail = code.AsSpan(prefix.Length);
        return int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }
}
