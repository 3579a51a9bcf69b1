using Governance.Volunteers.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Volunteers.Features;

/// <summary>The ProblemDetails the wish and hours endpoints answer with.</summary>
internal static class ActionProblems
{
    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.", detail: $"No {what.ToLowerInvariant()} '{id}' in your district.");

    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a rule.", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: detail);

    /// <summary>409 naming the state (also as the <c>state</c> extension), 422 for a broken rule, 403 for the wrong caller.</summary>
    public static ProblemHttpResult From(ActionError error) => error.Kind switch
    {
        ActionErrorKind.WrongState => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: $"Not allowed while it is {error.State}.",
            detail: error.Detail,
            extensions: new Dictionary<string, object?> { ["state"] = error.State }),
        ActionErrorKind.NotAllowed => Forbidden(error.Detail),
        _ => Unprocessable(error.Detail),
    };

    public static ProblemHttpResult ChangedMeanwhile(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The {what.ToLowerInvariant()} changed meanwhile.",
            detail: $"{what} {id} was changed by another request while this one ran; read it again and retry.");

    public static ProblemHttpResult NoDistrict() =>
        Forbidden("The caller's token names no district, so it cannot create district data.");
}

internal static class LostRaces
{
    /// <summary>
    /// Another request changed the same record first: its row version no longer matched, or (for
    /// the history and audit rows keyed by sequence) the same next row was inserted by both.
    /// </summary>
    public static bool IsLostRace(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
