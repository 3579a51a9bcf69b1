using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Governance.BuildingBlocks.Data;

/// <summary>
/// Answers a request that failed because the service's database is unavailable (see
/// <see cref="DatabaseFailures.IsUnavailable"/>) with 503 and <c>Retry-After</c>: nothing is wrong
/// with the request, and nothing of it was committed, so the caller should retry.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailures.IsUnavailable(exception))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service's database is unavailable.",
                Detail = "The database did not answer in time or is restarting; nothing was changed. Retry after the time in the Retry-After header.",
            },
        });
    }
}
