using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.EndToEnd.Tests.Services;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>
/// A valid request for an operation, built from its schema and the names of its fields: a mutation
/// changes one thing of a request that would otherwise be accepted, so it reaches as deep into the
/// handler as that one thing allows. Names pick the values the services' rules expect (a mobile
/// number for <c>phone</c>, a seeded grid for <c>gridId</c>, an end after the start).
/// </summary>
public sealed class Baseline(FuzzWorld world, DateTimeOffset now)
{
    private static readonly Dictionary<string, string> EntityOfSegment = new(StringComparer.OrdinalIgnoreCase)
    {
        ["units"] = "grid",
        ["workers"] = "worker",
        ["households"] = "household",
        ["residents"] = "resident",
        ["visits"] = "visit",
        ["cases"] = "case",
        ["volunteers"] = "volunteer",
        ["teams"] = "team",
        ["needs"] = "need",
        ["wishes"] = "wish",
        ["check-ins"] = "check-ins",
        ["hours"] = "hours",
        ["events"] = "event",
        ["registrations"] = "registration",
        ["organizations"] = "organization",
        ["members"] = "member",
        ["groups"] = "group",
        ["communities"] = "community",
    };

    private static readonly Dictionary<string, string> EntityOfField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gridId"] = "grid",
        ["gridUnitId"] = "grid",
        ["unitId"] = "grid",
        ["homeUnitId"] = "grid",
        ["parentId"] = "community",
        ["organizerUnitId"] = "community",
        ["communityUnitId"] = "community",
        ["buildingId"] = "building",
        ["householdId"] = "household",
        ["workerId"] = "worker",
        ["groupId"] = "group",
        ["volunteerId"] = "volunteer",
        ["volunteerIds"] = "volunteer",
        ["memberIds"] = "volunteer",
        ["organizationId"] = "organization",
        ["originalId"] = "case",
        ["allianceId"] = "alliance",
        ["registrationId"] = "registration",
    };

    /// <summary>The id for a path parameter: named after its entity, or <c>{id}</c> of the segment before it.</summary>
    public Guid PathId(string path, string parameter)
    {
        if (EntityOfField.TryGetValue(parameter, out var entity) && world[entity] is { } named)
        {
            return named;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, $"{{{parameter}}}");
        return at > 0 && EntityOfSegment.TryGetValue(segments[at - 1], out entity) && world[entity] is { } id ? id : Guid.NewGuid();
    }

    /// <summary>A query parameter's value, or null for optional filters the fuzzer leaves out of the baseline.</summary>
    public string? Query(ApiParameter parameter) => parameter.Name switch
    {
        "page" => "1",
        "pageSize" => "20",
        "top" => "10",
        "depth" => "2",
        "skill" => world.SkillCode,
        "lat" => Invariant(world.GridCorner.Lat + 0.005),
        "lon" => Invariant(world.GridCorner.Lon + 0.005),
        "from" when parameter.Shape.Format == "date" => DateOnly.FromDateTime(now.AddDays(-30).UtcDateTime).ToString("O", CultureInfo.InvariantCulture),
        "to" when parameter.Shape.Format == "date" => DateOnly.FromDateTime(now.AddDays(30).UtcDateTime).ToString("O", CultureInfo.InvariantCulture),
        "from" => now.AddDays(-30).ToString("O", CultureInfo.InvariantCulture),
        "to" => now.AddDays(30).ToString("O", CultureInfo.InvariantCulture),
        _ when parameter.Shape.Format == "uuid" => EntityOfField.TryGetValue(parameter.Name, out var entity) ? world[entity]?.ToString() : null,
        _ => null,
    };

    public JsonNode? Body(ApiOperation operation) => operation.Body is { } shape ? Value(operation.Path, "", shape, 0) : null;

    private JsonNode? Value(string path, string name, Shape shape, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Structure when shape.Properties.Count > 0:
                var body = new JsonObject();
                foreach (var (property, propertyShape) in shape.Properties)
                {
                    var value = Value(path, property, propertyShape, depth + 1);
                    if (value is not null)
                    {
                        body[property] = value;
                    }
                }

                return body;
            case ShapeKind.Structure:
                // A map such as an activity's outputs {name: count}.
                return shape.AdditionalProperties is { } values ? new JsonObject { ["flyers"] = Value(path, "count", values, depth + 1) } : new JsonObject();
            case ShapeKind.List:
                var item = Value(path, name, shape.Items ?? Shape.Unknown, depth + 1);
                return item is null ? new JsonArray() : new JsonArray(item);
            case ShapeKind.WholeNumber:
                return JsonValue.Create(name switch
                {
                    "capacity" => 50,
                    "satisfaction" => 4,
                    "term" => 12,
                    "top" => 10,
                    "depth" => 2,
                    _ => 1,
                });
            case ShapeKind.Number:
                return JsonValue.Create(name switch
                {
                    "lat" => world.GridCorner.Lat + 0.005,
                    "lon" => world.GridCorner.Lon + 0.005,
                    _ => 2.0,
                });
            case ShapeKind.Logical:
                return JsonValue.Create(name == "verified");
            case ShapeKind.Text:
                return Text(path, name, shape);
            default:
                return Any(name);
        }
    }

    private JsonNode? Text(string path, string name, Shape shape)
    {
        if (shape.Enum.Count > 0)
        {
            return JsonValue.Create(name switch
            {
                "level" when shape.Enum.Contains("grid") => "grid",
                "level" when shape.Enum.Contains("community-committee") => "community-committee",
                "day" => "saturday",
                _ => shape.Enum[0],
            });
        }

        switch (shape.Format)
        {
            // A partner is named or an alliance, not both: the named one is the baseline.
            case "uuid" when name == "allianceId":
                return null;
            case "uuid":
                return EntityOfField.TryGetValue(name, out var entity) && world[entity] is { } id ? JsonValue.Create(id) : JsonValue.Create(Guid.NewGuid());
            case "date-time":
                return JsonValue.Create(Moment(name));
            case "date":
                return JsonValue.Create(name == "birthDate" ? new DateOnly(1950, 5, 1) : DateOnly.FromDateTime(now.UtcDateTime));
        }

        return name switch
        {
            // A unit code is generated when absent; one made up here would only be refused.
            "code" when path.StartsWith("/api/grid/units", StringComparison.Ordinal) => null,
            "code" when path.EndsWith("/checkins", StringComparison.Ordinal) => world.RegistrationCode,
            "code" when path.EndsWith("/skills", StringComparison.Ordinal) => $"fuzz-{Guid.NewGuid():N}"[..16],
            "phone" => "13812345678",
            "idNumber" => "11010519491231002X",
            "skill" or "requiredSkill" or "code" or "parentCode" => world.SkillCode,
            "from" => "08:00",
            "to" => "20:00",
            "account" => "fuzz",
            "category" => "road-damage",
            "personRef" => "fuzz-person",
            "audience" => "elderly",
            _ => $"Fuzz {name}",
        };
    }

    private DateTimeOffset Moment(string name) => name switch
    {
        "startsAt" => now.AddDays(4),
        "endsAt" => now.AddDays(4).AddHours(1),
        "registrationOpensAt" => now.AddHours(1),
        "registrationClosesAt" => now.AddDays(3),
        "from" => now.AddDays(2),
        "to" => now.AddDays(2).AddHours(3),
        "startedAt" => now.AddDays(-1),
        "endedAt" => now.AddDays(-1).AddHours(2),
        "visitedAt" or "at" => now.AddMinutes(-30),
        _ => now.AddDays(7),
    };

    private JsonNode? Any(string name) => name switch
    {
        "boundary" => JsonSerializer.SerializeToNode(Territory.Square(world.GridCorner.Lon + 0.5, world.GridCorner.Lat, 0.01)),
        // The import endpoint takes a GeoJSON FeatureCollection as its whole body.
        "" => new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = null,
                ["properties"] = new JsonObject { ["level"] = "street", ["name"] = "Imported Street" },
            }),
        },
        _ => JsonValue.Create("fuzz"),
    };

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
