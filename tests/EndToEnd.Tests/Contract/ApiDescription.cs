using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Contract;

public enum ShapeKind
{
    Any,
    Structure,
    List,
    Text,
    WholeNumber,
    Number,
    Logical,
}

/// <summary>
/// What the fuzzer needs to know about one OpenAPI schema once <c>$ref</c>s and the
/// <c>oneOf: [null, X]</c> wrapping of nullable properties are resolved.
/// </summary>
public sealed record Shape(
    ShapeKind Kind,
    string? Format,
    IReadOnlyList<string> Enum,
    IReadOnlyList<(string Name, Shape Shape)> Properties,
    Shape? Items,
    Shape? AdditionalProperties)
{
    public static readonly Shape Unknown = new(ShapeKind.Any, null, [], [], null, null);
}

public sealed record ApiParameter(string Name, string In, Shape Shape);

public sealed record ApiOperation(string Service, string Method, string Path, IReadOnlyList<ApiParameter> Parameters, Shape? Body)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads the operations of the services' OpenAPI documents, as the gateway serves them.</summary>
public static class ApiDescription
{
    // Deep enough for every request body the services declare; a self-referencing schema stops here.
    private const int MaxDepth = 8;

    public static async Task<IReadOnlyList<ApiOperation>> LoadAsync(HttpClient gateway, IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var operations = new List<ApiOperation>();
        foreach (var service in services)
        {
            var document = await gateway.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json", cancellationToken);
            operations.AddRange(Operations(service, document));
        }

        return operations;
    }

    public static IEnumerable<ApiOperation> Operations(string service, JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Name is not ("get" or "post" or "put" or "delete" or "patch"))
                {
                    continue;
                }

                var parameters = new List<ApiParameter>();
                if (operation.Value.TryGetProperty("parameters", out var declared))
                {
                    parameters.AddRange(declared.EnumerateArray().Select(p => new ApiParameter(
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? Describe(document, schema, 0) : Shape.Unknown)));
                }

                Shape? body = null;
                if (operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var bodySchema))
                {
                    body = Describe(document, bodySchema, 0);
                }

                yield return new ApiOperation(service, operation.Name.ToUpperInvariant(), path.Name, parameters, body);
            }
        }
    }

    private static Shape Describe(JsonElement document, JsonElement schema, int depth)
    {
        if (depth > MaxDepth)
        {
            return Shape.Unknown;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Describe(document, Pointer(document, reference.GetString()!), depth + 1);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var alternatives))
            {
                // Nullable properties come as oneOf [null, X]: the fuzzer sends null as a mutation of its own.
                var chosen = alternatives.EnumerateArray().FirstOrDefault(a => !IsNullOnly(a));
                return chosen.ValueKind == JsonValueKind.Undefined ? Shape.Unknown : Describe(document, chosen, depth + 1);
            }
        }

        var enumValues = schema.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var kind = KindOf(schema, enumValues.Count > 0);
        var properties = schema.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().Select(p => (p.Name, Describe(document, p.Value, depth + 1))).ToList()
            : [];
        var items = schema.TryGetProperty("items", out var itemSchema) ? Describe(document, itemSchema, depth + 1) : null;
        var additional = schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object
            ? Describe(document, extra, depth + 1)
            : null;
        return new Shape(kind, format, enumValues, properties, items, additional);
    }

    private static ShapeKind KindOf(JsonElement schema, bool hasEnum)
    {
        if (hasEnum)
        {
            return ShapeKind.Text;
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? ShapeKind.Structure : ShapeKind.Any;
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).ToList()
            : [type.GetString()];
        // Numbers are declared ["integer", "string"] because they may be read from strings: the number is the type.
        return names.Contains("object") ? ShapeKind.Structure
            : names.Contains("array") ? ShapeKind.List
            : names.Contains("integer") ? ShapeKind.WholeNumber
            : names.Contains("number") ? ShapeKind.Number
            : names.Contains("boolean") ? ShapeKind.Logical
            : names.Contains("string") ? ShapeKind.Text
            : ShapeKind.Any;
    }

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static JsonElement Pointer(JsonElement document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local $refs are expected, not '{reference}'.");
        }

        var node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }
}
