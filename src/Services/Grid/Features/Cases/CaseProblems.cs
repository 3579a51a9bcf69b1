using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Grid.Features.Cases;

internal static class CaseProblems
{
    public static ProblemHttpResult ChangedMeanwhile(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The case changed meanwhile.",
            detail: $"Case {id} was changed by someone else (or by the SLA timer) while this request ran; read it again and retry.");
}
