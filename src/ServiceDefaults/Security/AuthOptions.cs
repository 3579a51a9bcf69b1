using System.ComponentModel.DataAnnotations;

namespace Governance.ServiceDefaults.Security;

/// <summary>
/// How bearer tokens are validated. Development uses a shared symmetric key (the gateway's
/// /dev/token issuer signs with it); production names an OpenID Connect authority instead.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    [Required]
    public string Issuer { get; set; } = "governance-dev";

    [Required]
    public string Audience { get; set; } = "governance";

    /// <summary>OpenID Connect authority whose signing keys are trusted (production).</summary>
    public string? Authority { get; set; }

    /// <summary>Symmetric signing key, at least 32 bytes (development and tests only).</summary>
    public string? SigningKey { get; set; }
}
