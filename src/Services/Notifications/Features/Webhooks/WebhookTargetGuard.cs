using System.Net;
using System.Net.Sockets;
using Governance.Notifications.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace Governance.Notifications.Features.Webhooks;

/// <summary>
/// Keeps webhooks off the platform's own network (SSRF) unless <see cref="WebhookOptions.AllowPrivateTargets"/>:
/// at registration the host is resolved and every address must be public; at send time the connection is made
/// only to a public address resolved then (<see cref="CreateHandler"/>), so a name that later resolves to a private
/// address (DNS rebinding) is refused too.
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options)
{
    /// <summary>Why deliveries cannot go to <paramref name="url"/>'s host, or null.</summary>
    public async Task<string?> RefuseHostAsync(Uri url, CancellationToken cancellationToken)
    {
        if (options.Value.AllowPrivateTargets)
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(url.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"url's host '{url.Host}' could not be resolved; webhooks must point at a public endpoint.";
        }

        if (addresses.Length == 0)
        {
            return $"url's host '{url.Host}' has no address; webhooks must point at a public endpoint.";
        }

        return addresses.FirstOrDefault(WebhookTargets.IsPrivate) is { } refused
            ? $"url's host '{url.Host}' resolves to {refused}, a loopback, private, link-local or unique-local address; webhooks must point at a public endpoint."
            : null;
    }

    /// <summary>
    /// The handler deliveries are sent through: no redirects (a public endpoint could redirect to a private one),
    /// no cookies, and, unless private targets are allowed, a connection only to the public addresses the host
    /// resolves to at that moment.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(bool allowPrivateTargets) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var resolved = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var permitted = allowPrivateTargets ? resolved : [.. resolved.Where(a => !WebhookTargets.IsPrivate(a))];
            if (permitted.Length == 0)
            {
                throw new HttpRequestException($"Refused to connect to '{context.DnsEndPoint.Host}': it resolves only to loopback, private or link-local addresses.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
