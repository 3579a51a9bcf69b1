using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Volunteers.Features;

/// <summary>The ProblemDetails the wish and hours endpoints answer with.</summary>
internal static class ActionProblems
{
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: detail);

    public static ProblemHttpResult ChangedMeanwhile(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The {what.ToLowerInvariant()} changed meanwhile.",
            detail: $"{what} {id} was changed by another request while this one ran; read it again and retry.");
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
