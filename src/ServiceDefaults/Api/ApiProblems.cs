using Governance.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.ServiceDefaults.Api;

/// <summary>The ProblemDetails answers feature handlers share: unknown id, broken rule, conflict.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{Capitalised(what)} not found.",
            detail: $"No {what} '{id}' in your district.");

    /// <summary>A body field names something that does not exist or does not fit; <paramref name="detail"/> names the field.</summary>
    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a rule.", detail: detail);

    /// <summary>Fields that are well-formed but not accepted, each named by its JSON path.</summary>
    public static ProblemHttpResult Unprocessable(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "One or more fields are not accepted.",
        });

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    /// <summary>Another request (or a background job) changed the record first; reading it again and retrying is safe.</summary>
    public static ProblemHttpResult ChangedMeanwhile(string what, Guid id) =>
        Conflict($"The {what} changed meanwhile.",
            $"{Capitalised(what)} '{id}' was changed by another request or a background job while this one ran; read it again and retry.");

    /// <summary>The caller is not the one who may do this; <paramref name="detail"/> says who may.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: detail);

    /// <summary>A domain refusal: 409 naming the state (also as the <c>state</c> extension), 422, 404 or 403.</summary>
    public static ProblemHttpResult From(DomainError error) => error.Kind switch
    {
        DomainErrorKind.WrongState => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: $"Not allowed while it is {error.State}.",
            detail: error.Detail,
            extensions: new Dictionary<string, object?> { ["state"] = error.State }),
        DomainErrorKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: error.Detail),
        DomainErrorKind.NotAllowed => Forbidden(error.Detail),
        _ => Unprocessable(error.Detail),
    };

    private static string Capitalised(string what) => string.Concat(what[..1].ToUpperInvariant(), what.AsSpan(1));
}
