using System.Security.Cryptography;

namespace Governance.Events.Domain.Activities;

/// <summary>
/// Registration codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S),
/// drawn from a cryptographic RNG, so 27^8 ≈ 2.8e11 codes cannot be guessed from one another.
/// </summary>
public static class RegistrationCodes
{
    public const string Alphabet = "346789ABCDEFGHJKMNPQRTUVWXY";
    public const int Length = 8;

    public static string Next() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code not in <paramref name="taken"/>: draws again on the (rare) collision.</summary>
    public static string Unused(IReadOnlySet<string> taken, Func<string> next)
    {
        string code;
        do
        {
            code = next();
        }
        while (taken.Contains(code));

        return code;
    }

    /// <summary>Codes are read from paper or a screen: case and separators do not matter.</summary>
    public static string Normalise(string code) =>
        string.Concat(code.Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
}
