using Governance.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Governance.Gateway.Proxy;

/// <summary>
/// A request that is safe to repeat and whose forward failed before any answer came (connection
/// refused or reset: typically the instance died under it) is sent once more, to another instance
/// where the cluster has one. Safe to repeat: a GET or HEAD without a body, or any request with an
/// <c>Idempotency-Key</c>, whose key the service commits with its effect, so a second attempt
/// replays (or is told of) the first one's effect and never applies it again. Other writes may have
/// been applied before their connection broke, and a timeout already used the caller's patience.
/// </summary>
public static partial class IdempotentRetry
{
    /// <summary>Goes before load balancing, so the second attempt picks its destination afresh.</summary>
    public static IReverseProxyApplicationBuilder UseIdempotentRetry(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            var proxyFeature = context.GetReverseProxyFeature();
            var candidates = proxyFeature.AvailableDestinations;
            var keyed = context.Request.Headers.ContainsKey(IdempotencyOptions.HeaderName);
            if (keyed)
            {
                // Kept (in memory, then a temporary file past 30 KB) so that a second attempt can send it again.
                context.Request.EnableBuffering();
            }

            await next();
            if (!Retryable(context))
            {
                return;
            }

            var failed = proxyFeature.ProxiedDestination;
            LogSendingAgain(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdempotentRetry)),
                context.Request.Method, context.Request.Path, failed?.DestinationId, context.GetForwarderErrorFeature()?.Exception?.Message);
            var others = candidates.Where(destination => destination != failed).ToList();
            proxyFeature.AvailableDestinations = others.Count > 0 ? others : candidates;
            // The forwarder refuses a response that looks begun: clear what the failed attempt set.
            context.Features.Set<IForwarderErrorFeature>(null);
            context.Response.StatusCode = StatusCodes.Status200OK;
            if (keyed)
            {
                context.Request.Body.Position = 0;
            }

            await next();
        });
        return proxy;
    }

    private static bool Retryable(HttpContext context) =>
        context.GetForwarderErrorFeature()?.Error == ForwarderError.Request
        && !context.Response.HasStarted
        && !context.RequestAborted.IsCancellationRequested
        && (context.Request.Headers.ContainsKey(IdempotencyOptions.HeaderName)
            || ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true));

    [LoggerMessage(LogLevel.Warning, "{Method} {Path} to {Destination} failed before any answer ({Reason}); sending it once more")]
    private static partial void LogSendingAgain(ILogger logger, string method, PathString path, string? destination, string? reason);
}
