using System.Net;
using System.Net.Sockets;

namespace Governance.Notifications.Domain.Webhooks;

/// <summary>
/// Which endpoints a webhook may point at. A district admin must not be able to make the platform call
/// its own network (SSRF): loopback, private, link-local, unique-local, carrier-grade NAT, multicast and
/// unspecified addresses are refused unless the deployment allows private targets (development, tests).
/// </summary>
public static class WebhookTargets
{
    /// <summary>Why <paramref name="url"/> cannot be a webhook's address, or null; the host is checked separately, once resolved.</summary>
    public static string? RefuseUrl(string? url, bool allowPrivateTargets)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "url is required: the absolute https address deliveries are POSTed to.";
        }

        if (url.Length > Webhook.MaxUrlLength)
        {
            return $"url must be at most {Webhook.MaxUrlLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "url must be an absolute https address, such as https://example.org/governance/webhook.";
        }

        if (uri.Scheme == "http" && !allowPrivateTargets)
        {
            return "url must use https: deliveries carry the district's changes and their signature.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "url must not carry a user name or password; deliveries are authenticated by their signature.";
        }

        if (uri.Fragment.Length > 0)
        {
            return "url must not have a fragment (#...).";
        }

        return null;
    }

    /// <summary>Whether <paramref name="address"/> is one a public webhook must never reach.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,   // carrier-grade NAT
                169 => b[1] == 254,                // link-local (cloud metadata lives here)
                172 => b[1] is >= 16 and <= 31,
                192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
                198 => b[1] is 18 or 19,           // benchmarking
                >= 224 => true,                    // multicast, reserved, broadcast
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xfe) == 0xfc                       // unique-local fc00::/7
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) // documentation
                || (b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && IsPrivate(new IPAddress(b[12..]))); // NAT64 of a private v4
        }

        return true;
    }
}
