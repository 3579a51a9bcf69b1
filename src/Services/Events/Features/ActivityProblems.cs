using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Events.Features;

internal static class ActivityProblems
{
    /// <summary>409 naming the state (also as the <c>state</c> extension), 404 for a missing registration or staff member, 422 for a broken rule.</summary>
    public static ProblemHttpResult From(ActivityError error) => error.Kind switch
    {
        ActivityErrorKind.WrongState => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: $"Not allowed while it is {error.State}.",
            detail: error.Detail,
            extensions: new Dictionary<string, object?> { ["state"] = error.State }),
        ActivityErrorKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: error.Detail),
        _ => ApiProblems.Unprocessable(error.Detail),
    };
}
