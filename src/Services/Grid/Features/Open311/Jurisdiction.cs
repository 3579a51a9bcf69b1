using Governance.Grid.Data;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Open311;

/// <summary>GeoReport's <c>jurisdiction_id</c>: the district name, public, so anyone may read the district's services and requests.</summary>
public static class Jurisdiction
{
    /// <summary>
    /// Scopes the request to the district named by <paramref name="jurisdictionId"/> when the grid knows it
    /// (it has territory); otherwise the GeoReport error answer, 400 without one and 404 for an unknown one.
    /// </summary>
    public static async Task<IResult?> EnterAsync(HttpContext http, GeoReport format, string? jurisdictionId, GridDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(jurisdictionId))
        {
            return format.Error(StatusCodes.Status400BadRequest, "jurisdiction_id is required: the district's name, such as 'lunan'.");
        }

        // Revisions are counted per district from its first unit on; they hold no district data, so they need no filter.
        if (!DistrictCaller.IsValidDistrict(jurisdictionId)
            || !await db.Set<TerritoryRevision>().AnyAsync(r => r.District == jurisdictionId, cancellationToken))
        {
            return format.Error(StatusCodes.Status404NotFound, $"Unknown jurisdiction_id '{jurisdictionId}'.");
        }

        http.ActFor(jurisdictionId);
        return null;
    }
}
