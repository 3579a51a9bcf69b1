using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Governance.Gateway.Proxy;

/// <summary>
/// A GET or HEAD without a body whose forward failed before any answer came (connection refused
/// or reset: typically the instance died under it) is sent once more, to another instance where
/// the cluster has one. Nothing else is retried: a POST may have been applied before its
/// connection broke, and a timeout already used the caller's patience.
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
            await next();
        });
        return proxy;
    }

    private static bool Retryable(HttpContext context) =>
        context.GetForwarderErrorFeature()?.Error == ForwarderError.Request
        && !context.Response.HasStarted
        && !context.RequestAborted.IsCancellationRequested
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true;

    [LoggerMessage(LogLevel.Warning, "{Method} {Path} to {Destination} failed before any answer ({Reason}); sending it once more")]
    private static partial void LogSendingAgain(ILogger logger, string method, PathString path, string? destination, string? reason);
}
