using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Grid.Features.Units;

internal static class UnitProblems
{
    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The unit breaks a territory rule.", detail: detail);

    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unit not found.", detail: $"No unit '{id}' in your district.");
}
