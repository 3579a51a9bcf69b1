using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Grid.Features.Cases;

internal static class CaseProblems
{
    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case not found.", detail: $"No case '{id}' in your district.");

    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The case breaks a rule.", detail: detail);

    /// <summary>409 naming the case's state (also as the <c>state</c> extension) for a wrong-state action, 422 for a broken rule.</summary>
    public static ProblemHttpResult From(CaseError error) => error is { IsWrongState: true, State: { } state }
        ? TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: $"Not allowed while the case is {WireNames.Name(state)}.",
            detail: error.Detail,
            extensions: new Dictionary<string, object?> { ["state"] = WireNames.Name(state) })
        : Unprocessable(error.Detail);

    public static ProblemHttpResult ChangedMeanwhile(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The case changed meanwhile.",
            detail: $"Case {id} was changed by someone else (or by the SLA timer) while this request ran; read it again and retry.");

    public static ProblemHttpResult NoDistrict() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "District access denied.",
            detail: "The caller's token names no district, so it cannot report or change cases.");
}
