using Governance.Grid.Domain.Territory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Grid.Features.Units;

internal static class UnitProblems
{
    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The unit breaks a territory rule.", detail: detail);

    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unit not found.", detail: $"No unit '{id}' in your district.");

    public static ProblemHttpResult Overlaps(TerritorialUnit sibling) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The boundary overlaps a neighbouring grid.",
            detail: $"The boundary overlaps grid '{sibling.Name}' ({sibling.Code}, id {sibling.Id}). Neighbouring grids may share a border but not area.",
            extensions: new Dictionary<string, object?> { ["overlappingUnitId"] = sibling.Id });

    public static ProblemHttpResult CodeTaken(string? code) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Unit code already used.",
            detail: $"Code '{code}' is already used by another unit of your district.");
}
