using System.Reflection;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// Turns the exceptions that describe a caller's mistake into 4xx ProblemDetails; everything
/// else stays a 500 so that it is seen and fixed rather than hidden.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } unreadable
            && BindingErrors.From(unreadable, FailedEndpoint(httpContext)?.Metadata.GetMetadata<MethodInfo>()) is { } fieldErrors)
        {
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new HttpValidationProblemDetails(fieldErrors)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more fields are invalid.",
                },
            });
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed.", bad.Message),
            DistrictAccessException denied => (StatusCodes.Status403Forbidden, "District access denied.", denied.Message),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    // The exception handler runs with the endpoint cleared; the feature keeps the one that failed.
    private static Endpoint? FailedEndpoint(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
}
