using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Domain.Open311;

/// <summary>
/// An app a district lets file reports through Open311. Its API key is shown once, when issued; only
/// its hash is kept (<see cref="SecretTokens"/>), and a revoked client stays on record so its key
/// answers "revoked" rather than "unknown".
/// </summary>
public sealed class Open311Client : IDistrictOwned
{
    public const int MaxNameLength = 100;

    private const string KeyPrefix = "o311_";

    private Open311Client()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>SHA-256 of the key, lowercase hex.</summary>
    public string KeyHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A client with a new key; the key is returned here and nowhere else.</summary>
    public static (Open311Client Client, string ApiKey) Issue(string name, DateTimeOffset now)
    {
        var key = SecretTokens.New(KeyPrefix);
        return (new Open311Client { Id = Guid.CreateVersion7(now), Name = name.Trim(), KeyHash = HashOf(key), CreatedAt = now }, key);
    }

    public static string HashOf(string apiKey) => SecretTokens.HashOf(apiKey);

    /// <summary>Revoking again keeps the first revocation's time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Why this client may not write to <paramref name="district"/>'s cases; null when it may.</summary>
    public DomainError? RefusalFor(string district) =>
        RevokedAt is { } revoked ? DomainError.NotAllowed($"This api_key was revoked at {revoked:O}; ask the district for a new one.")
        : district != District ? DomainError.NotAllowed($"This api_key belongs to another jurisdiction than '{district}'.")
        : null;
}
