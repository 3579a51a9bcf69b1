using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Notifications.Domain.Webhooks;

/// <summary>
/// How a receiver knows a delivery came from the platform and was not replayed later: an HMAC-SHA256 with the
/// webhook's secret over <c>{timestamp}.{body}</c>, sent as <c>X-Governance-Signature: sha256=&lt;hex&gt;</c>
/// beside <c>X-Governance-Timestamp</c>. Signing the timestamp with the body lets receivers refuse old copies.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{body}"));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
