using Governance.Notifications.Domain.Webhooks;

namespace Governance.Notifications.Tests.Domain.Webhooks;

public class WebhookSignatureTests
{
    [Fact]
    public void The_signature_is_the_lowercase_hex_hmac_sha256_of_timestamp_dot_body()
    {
        // Computed independently: printf '1764493200.{"id":1}' | openssl dgst -sha256 -hmac 'it-is-a-secret-of-16'
        var signature = WebhookSignature.Sign("it-is-a-secret-of-16", 1764493200, """{"id":1}""");

        Assert.Equal("sha256=" + Expected, signature);
    }

    [Fact]
    public void Verification_fails_for_another_secret_timestamp_or_body()
    {
        var signature = WebhookSignature.Sign("it-is-a-secret-of-16", 1764493200, """{"id":1}""");

        Assert.True(WebhookSignature.Verify("it-is-a-secret-of-16", 1764493200, """{"id":1}""", signature));
        Assert.False(WebhookSignature.Verify("another-secret-of-16", 1764493200, """{"id":1}""", signature));
        Assert.False(WebhookSignature.Verify("it-is-a-secret-of-16", 1764493201, """{"id":1}""", signature));
        Assert.False(WebhookSignature.Verify("it-is-a-secret-of-16", 1764493200, """{"id":2}""", signature));
        Assert.False(WebhookSignature.Verify("it-is-a-secret-of-16", 1764493200, """{"id":1}""", null));
    }

    private const string Expected = "bd3cbf381ed1c61ff2e3b7420dc3313e77311e07fe0d8e6edd09098e0298c5be";
}
