using System.Security.Cryptography;
using System.Text;

namespace Governance.ServiceDefaults.Security;

/// <summary>
/// Bearer secrets the platform hands out (app keys, feed tickets): 256 random bits, shown once, kept
/// only as their SHA-256 (with that much randomness a slow password hash would add nothing).
/// </summary>
public static class SecretTokens
{
    /// <param name="prefix">Says what the secret is when one turns up in a log or a ticket, e.g. <c>o311_</c>.</param>
    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the secret, lowercase hex: what is stored and looked up.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim())));
}
