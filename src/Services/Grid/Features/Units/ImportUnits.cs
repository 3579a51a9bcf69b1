using System.Text.Json;
using Governance.Grid.Data;
using Governance.Grid.Domain.Territory;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Grid.Features.Units;

/// <summary>How many units the import created, per level.</summary>
public sealed record ImportUnitsResponse(int Created, IReadOnlyDictionary<string, int> ByLevel);

/// <summary>
/// Loads a district's territory from a GeoJSON FeatureCollection whose features carry
/// <c>properties: {level, name, code?, parentCode?}</c> and, for grids, a Polygon or MultiPolygon
/// geometry. One transaction: all features become units, or none and a 422 lists every
/// feature's problems.
/// </summary>
public static class ImportUnits
{
    public const long MaxBodyBytes = 64 * 1024 * 1024;

    [RequestExample("""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"level": "street", "name": "Xuefeng Street", "code": "130202001"}, "geometry": null},
          {"type": "Feature", "properties": {"level": "community", "name": "Xuefeng Community", "parentCode": "130202001"}, "geometry": null},
          {"type": "Feature", "properties": {"level": "grid", "name": "Xuefeng Grid 1", "parentCode": "130202001001"},
           "geometry": {"type": "Polygon", "coordinates": [[[118.17, 39.63], [118.18, 39.63], [118.18, 39.64], [118.17, 39.63]]]}}]}
        """)]
    public static async Task<Results<Created<ImportUnitsResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        JsonElement body, GridDbContext db, IDistrictContext districts, IOptions<TerritoryOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("change or search a district's territory");

        if (ReadFeatures(body) is not { } features)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["features"] = ["The body must be a GeoJSON FeatureCollection with a non-empty features array."],
            });
        }

        // Thousands of units in one transaction take longer than the per-statement default allows.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
        await using var transaction = await db.BeginTerritoryChangeAsync(district, cancellationToken);
        var existing = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var import = new TerritoryImport(existing, options.Value.AdministrativeCodeOf(district));
        import.Run(features, clock.GetUtcNow());
        if (import.Errors.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The import was refused; nothing was imported.",
                detail: $"{import.Errors.Count} of {features.Count} features break a territory rule; see features for each one's problems.",
                extensions: new Dictionary<string, object?> { ["features"] = import.Errors });
        }

        foreach (var unit in import.Created)
        {
            unit.District = district;
            db.Units.Add(unit);
            db.Raise(UnitEvents.Created(unit), unit.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var byLevel = import.Created.GroupBy(u => u.Level).ToDictionary(g => WireNames.Name(g.Key), g => g.Count());
        return TypedResults.Created("/api/grid/units", new ImportUnitsResponse(import.Created.Count, byLevel));
    }

    private static List<ImportFeature>? ReadFeatures(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection"
            || !body.TryGetProperty("features", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            return null;
        }

        return array.EnumerateArray().Select((feature, index) =>
        {
            var properties = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                ? p
                : default;
            JsonElement? geometry = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("geometry", out var g) ? g : null;
            return new ImportFeature(index, Text(properties, "level"), Text(properties, "name"), Text(properties, "code"), Text(properties, "parentCode"), geometry);
        }).ToList();
    }

    private static string? Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
