using System.Text.Json.Nodes;

namespace Governance.EndToEnd.Tests.Gateway;

/// <summary>
/// What a client generated from an earlier OpenAPI document would lose in a newer one: an
/// operation, parameter or response gone, a field gone or of another type, an enum value gone.
/// Additions (operations, fields, enum values, responses) break nobody and are not reported.
/// Schemas are compared where operations use them, through their references, so a schema that
/// is only renamed changes nothing.
/// </summary>
public static class ApiContract
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static IReadOnlyList<string> BreakingChanges(JsonObject before, JsonObject after)
    {
        var changes = new List<string>();
        var afterPaths = after["paths"] as JsonObject ?? [];
        foreach (var (path, item) in before["paths"] as JsonObject ?? [])
        {
            foreach (var method in Methods.Where(m => item?[m] is JsonObject))
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                if (afterPaths[path]?[method] is not JsonObject operation)
                {
                    changes.Add($"{name}: operation removed");
                    continue;
                }

                var comparer = new SchemaComparer(before, after, changes);
                CompareOperation(name, (JsonObject)item![method]!, operation, comparer, changes);
            }
        }

        return changes;
    }

    private static void CompareOperation(string name, JsonObject before, JsonObject after, SchemaComparer schemas, List<string> changes)
    {
        var afterParameters = (after["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var parameter in (before["parameters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var key = $"{parameter["in"]} parameter '{parameter["name"]}'";
            var match = afterParameters.FirstOrDefault(p => p["name"]?.ToString() == parameter["name"]?.ToString() && p["in"]?.ToString() == parameter["in"]?.ToString());
            if (match is null)
            {
                changes.Add($"{name}: {key} removed");
                continue;
            }

            schemas.Compare($"{name} {key}", parameter["schema"], match["schema"]);
        }

        CompareContent($"{name} request body", before["requestBody"]?["content"] as JsonObject, after["requestBody"]?["content"] as JsonObject, schemas, changes);

        var afterResponses = after["responses"] as JsonObject ?? [];
        foreach (var (status, response) in before["responses"] as JsonObject ?? [])
        {
            if (afterResponses[status] is not JsonObject match)
            {
                changes.Add($"{name}: response {status} removed");
                continue;
            }

            CompareContent($"{name} response {status}", response?["content"] as JsonObject, match["content"] as JsonObject, schemas, changes);
        }
    }

    private static void CompareContent(string name, JsonObject? before, JsonObject? after, SchemaComparer schemas, List<string> changes)
    {
        foreach (var (mediaType, media) in before ?? [])
        {
            if (after?[mediaType] is not JsonObject match)
            {
                changes.Add($"{name}: media type {mediaType} removed");
                continue;
            }

            schemas.Compare($"{name} ({mediaType})", media?["schema"], match["schema"]);
        }
    }

    private sealed class SchemaComparer(JsonObject beforeDocument, JsonObject afterDocument, List<string> changes)
    {
        private const string Prefix = "#/components/schemas/";
        private readonly HashSet<(string, string)> compared = [];

        public void Compare(string location, JsonNode? before, JsonNode? after)
        {
            var (beforeSchema, beforeRef) = Resolve(before, beforeDocument);
            var (afterSchema, afterRef) = Resolve(after, afterDocument);
            if (beforeSchema is null || afterSchema is null)
            {
                return;
            }

            // A schema met again through a cycle (a tree node's children) was compared the first time.
            if (beforeRef is not null && afterRef is not null && !compared.Add((beforeRef, afterRef)))
            {
                return;
            }

            var beforeTypes = Types(beforeSchema);
            var afterTypes = Types(afterSchema);
            if (beforeTypes.Count > 0 && afterTypes.Count > 0 && !beforeTypes.SetEquals(afterTypes))
            {
                changes.Add($"{location}: type {string.Join("|", beforeTypes.Order())} became {string.Join("|", afterTypes.Order())}");
                return;
            }

            if (beforeSchema["format"]?.ToString() is { } format && afterSchema["format"]?.ToString() != format)
            {
                changes.Add($"{location}: format {format} became {afterSchema["format"]?.ToString() ?? "none"}");
            }

            var afterEnum = (afterSchema["enum"] as JsonArray)?.Select(v => v?.ToJsonString()).ToHashSet();
            foreach (var value in beforeSchema["enum"] as JsonArray ?? [])
            {
                if (afterEnum is not null && !afterEnum.Contains(value?.ToJsonString()))
                {
                    changes.Add($"{location}: enum value {value?.ToJsonString() ?? "null"} removed");
                }
            }

            var afterProperties = afterSchema["properties"] as JsonObject;
            foreach (var (property, schema) in beforeSchema["properties"] as JsonObject ?? [])
            {
                if (afterProperties?[property] is not { } match)
                {
                    changes.Add($"{location}: field '{property}' removed");
                    continue;
                }

                Compare($"{location}.{property}", schema, match);
            }

            Compare($"{location}[]", beforeSchema["items"], afterSchema["items"]);
            if (beforeSchema["additionalProperties"] is JsonObject && afterSchema["additionalProperties"] is JsonObject)
            {
                Compare($"{location}{{}}", beforeSchema["additionalProperties"], afterSchema["additionalProperties"]);
            }
        }

        /// <summary>Follows references, and reads a nullable <c>oneOf: [null, X]</c> as X.</summary>
        private static (JsonObject? Schema, string? Reference) Resolve(JsonNode? node, JsonObject document)
        {
            string? reference = null;
            for (var hops = 0; hops < 16 && node is JsonObject schema; hops++)
            {
                if (schema["$ref"]?.ToString() is { } target && target.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    reference = target;
                    node = document["components"]?["schemas"]?[target[Prefix.Length..]];
                    continue;
                }

                var options = (schema["oneOf"] ?? schema["anyOf"]) as JsonArray;
                var nonNull = options?.Where(o => o?["type"]?.ToString() != "null").ToList();
                if (nonNull is [var single] && schema["properties"] is null)
                {
                    node = single;
                    continue;
                }

                return (schema, reference);
            }

            return (null, reference);
        }

        private static HashSet<string> Types(JsonObject schema)
        {
            var types = schema["type"] switch
            {
                JsonArray many => many.Select(t => t?.ToString() ?? "").ToHashSet(),
                JsonValue one => [one.ToString()],
                _ => [],
            };
            types.Remove("null");
            return types;
        }
    }
}
