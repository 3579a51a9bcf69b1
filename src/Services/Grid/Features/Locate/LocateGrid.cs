using Governance.Grid.Data;
using Governance.Grid.Features.Units;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Locate;

/// <summary>The grid containing a point, with the community and street above it.</summary>
public sealed record LocateResponse(UnitResponse Grid, UnitResponse Community, UnitResponse Street);

public static class LocateGrid
{
    public static async Task<Results<Ok<LocateResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        GridDbContext db, IGridLocator locator, IDistrictContext districts, CancellationToken cancellationToken,
        double? lat = null, double? lon = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (lat is not (>= -90 and <= 90))
        {
            errors["lat"] = ["lat is required: a WGS 84 latitude between -90 and 90."];
        }

        if (lon is not (>= -180 and <= 180))
        {
            errors["lon"] = ["lon is required: a WGS 84 longitude between -180 and 180."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        districts.RequireDistrict("change or search a district's territory");

        var gridId = await locator.FindGridAsync(lat!.Value, lon!.Value, cancellationToken);
        var grid = gridId is null ? null : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == gridId, cancellationToken);
        if (grid is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No grid here.",
                detail: $"The point ({lat}, {lon}) lies in no grid of your district.");
        }

        var ancestors = await db.AncestorsAsync(grid, cancellationToken);
        return TypedResults.Ok(new LocateResponse(
            UnitResponse.From(grid), UnitResponse.From(ancestors[0]), UnitResponse.From(ancestors[1])));
    }
}
