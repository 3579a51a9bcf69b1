using System.Globalization;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Governance.Gateway.Proxy;

/// <summary>
/// A forward that fails leaves YARP's bare status code; this turns it into a problem that names
/// the service: 502 when it could not be reached or broke off its answer, 503 when none of its
/// instances is available, 504 when it did not answer in time (the route's request timeout or the
/// cluster's <c>HttpRequest.ActivityTimeout</c>).
/// </summary>
public static class ProxyProblems
{
    public const string TimeoutTitle = "Gateway timeout.";

    /// <summary>Goes first in the proxy pipeline, so it sees the outcome of everything after it.</summary>
    public static IReverseProxyApplicationBuilder UseProxyProblems(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();
            var failure = context.GetForwarderErrorFeature();
            if (failure is null || context.Response.HasStarted)
            {
                return;
            }

            var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
            // The request timeout cancels the same token a departing caller does, so it is asked first.
            if (context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true)
            {
                await WriteTimeoutAsync(context, service, RouteTimeout(context));
                return;
            }

            if (context.RequestAborted.IsCancellationRequested)
            {
                return; // the caller left: nobody reads an answer
            }

            await (failure.Error switch
            {
                ForwarderError.RequestTimedOut => WriteTimeoutAsync(context, service, context.GetReverseProxyFeature().Cluster.Config.HttpRequest?.ActivityTimeout),
                ForwarderError.NoAvailableDestinations => WriteUnavailableAsync(context, service),
                // The caller's own body failed (too large, cut off): YARP's status says which.
                ForwarderError.RequestBodyClient => ProblemResponse.WriteAsync(context, context.Response.StatusCode,
                    "The request body could not be read.", failure.Exception?.Message ?? "The request body ended early."),
                _ => ProblemResponse.WriteAsync(context, StatusCodes.Status502BadGateway, "Bad gateway.",
                    $"The {service} service could not be reached or broke off its answer."),
            });
        });
        return proxy;
    }

    /// <summary>The answer of the default request timeout on the gateway's own endpoints (merged OpenAPI, health).</summary>
    public static Task WriteGatewayTimeoutAsync(HttpContext context, TimeSpan timeout) =>
        ProblemResponse.WriteAsync(context, StatusCodes.Status504GatewayTimeout, TimeoutTitle,
            $"The gateway did not finish the request within {Seconds(timeout)}.");

    private static Task WriteTimeoutAsync(HttpContext context, string service, TimeSpan? timeout) =>
        ProblemResponse.WriteAsync(context, StatusCodes.Status504GatewayTimeout, TimeoutTitle, timeout is { } limit
            ? $"The {service} service did not answer within {Seconds(limit)}."
            : $"The {service} service did not answer in time.");

    private static Task WriteUnavailableAsync(HttpContext context, string service)
    {
        context.Response.Headers.RetryAfter = "5";
        return ProblemResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable.",
            $"No instance of the {service} service is available; retry after the time in the Retry-After header.");
    }

    private static TimeSpan? RouteTimeout(HttpContext context)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        var timeouts = context.RequestServices.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value;
        return route.Timeout
            ?? (route.TimeoutPolicy is { } name && timeouts.Policies.TryGetValue(name, out var policy) ? policy.Timeout : timeouts.DefaultPolicy?.Timeout);
    }

    private static string Seconds(TimeSpan timeout) => string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} s");
}
