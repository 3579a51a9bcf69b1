using Governance.Grid.Data;
using Governance.Grid.Domain.Open311;
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

    /// <summary>
    /// For writes: the app whose <paramref name="apiKey"/> this is, with the request scoped to its district,
    /// which <paramref name="jurisdictionId"/> must name; otherwise the GeoReport error answer (400 without
    /// either, 403 for an unknown or revoked key or another jurisdiction).
    /// </summary>
    public static async Task<(Open311Client? Client, IResult? Refused)> EnterWithKeyAsync(
        HttpContext http, GeoReport format, string? apiKey, string? jurisdictionId, GridDbContext db, CancellationToken cancellationToken)
    {
        if (apiKey is null || jurisdictionId is null)
        {
            return (null, format.Error(StatusCodes.Status400BadRequest, "api_key and jurisdiction_id are required to write."));
        }

        // The key names its district, so it is looked up before any district applies; its hash is unique.
        var hash = Open311Client.HashOf(apiKey);
        var client = await db.Set<Open311Client>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.KeyHash == hash, cancellationToken);
        if (client is null)
        {
            return (null, format.Error(StatusCodes.Status403Forbidden, "Unknown api_key; a district administrator issues keys."));
        }

        if (client.RefusalFor(jurisdictionId) is { } refusal)
        {
            return (null, format.Error(StatusCodes.Status403Forbidden, refusal.Detail));
        }

        http.ActFor(client.District);
        return (client, null);
    }
}
