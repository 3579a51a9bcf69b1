using System.Text.Json.Nodes;

namespace Governance.Gateway.ApiReference;

/// <summary>
/// Merges the domain services' OpenAPI documents into one the whole API can be generated from.
/// Paths never collide (each service owns <c>/api/{domain}</c>). A schema name defined the same
/// way by every service that has it stays as it is (<c>ProblemDetails</c>, <c>CallerResponse</c>);
/// one defined differently, or referring to such a schema, is prefixed with its domain in each
/// service (<c>{Domain}WishResponse</c> in each service that defines it), so no service's meaning wins.
/// </summary>
public static class OpenApiMerge
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    public static JsonObject Merge(IReadOnlyList<(string Domain, JsonObject Document)> documents)
    {
        ArgumentOutOfRangeException.ThrowIfZero(documents.Count);
        var schemas = documents.ToDictionary(d => d.Domain, d => Section(d.Document, "components", "schemas"));
        var renamed = NamesToPrefix(schemas);

        var paths = new JsonObject();
        var mergedSchemas = new JsonObject();
        var securitySchemes = new JsonObject();
        var tags = new JsonArray();
        var tagNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (domain, source) in documents)
        {
            var document = (JsonObject)source.DeepClone();
            RewriteReferences(document, name => renamed.Contains(name) ? Prefixed(domain, name) : name);
            foreach (var (path, item) in Section(document, "paths"))
            {
                if (!paths.TryAdd(path, item?.DeepClone()))
                {
                    throw new InvalidOperationException($"The path '{path}' is published by more than one service.");
                }
            }

            foreach (var (name, schema) in Section(document, "components", "schemas"))
            {
                mergedSchemas.TryAdd(renamed.Contains(name) ? Prefixed(domain, name) : name, schema?.DeepClone());
            }

            foreach (var (name, scheme) in Section(document, "components", "securitySchemes"))
            {
                securitySchemes.TryAdd(name, scheme?.DeepClone());
            }

            foreach (var tag in document["tags"]?.AsArray() ?? [])
            {
                if (tag?["name"]?.GetValue<string>() is { } name && tagNames.Add(name))
                {
                    tags.Add(tag.DeepClone());
                }
            }
        }

        var first = documents[0].Document;
        return new JsonObject
        {
            ["openapi"] = first["openapi"]?.DeepClone(),
            ["info"] = new JsonObject
            {
                ["title"] = "Governance API",
                ["description"] = $"Every domain service's API as the gateway serves it: {string.Join(", ", documents.Select(d => d.Domain))}. " +
                    "Errors are application/problem+json (RFC 9457); enum values are kebab-case in bodies and query strings alike.",
                ["version"] = first["info"]?["version"]?.DeepClone() ?? "1.0.0",
            },
            ["paths"] = Sorted(paths),
            ["components"] = new JsonObject
            {
                ["schemas"] = Sorted(mergedSchemas),
                ["securitySchemes"] = securitySchemes,
            },
            ["security"] = first["security"]?.DeepClone(),
            ["tags"] = tags,
        };
    }

    private static string Prefixed(string domain, string name) => string.Concat(domain[..1].ToUpperInvariant(), domain.AsSpan(1), name);

    /// <summary>
    /// Names defined differently by two services, then, until nothing changes, names whose
    /// definition refers to a prefixed name: those would otherwise mean different things per service.
    /// </summary>
    private static HashSet<string> NamesToPrefix(Dictionary<string, JsonObject> schemas)
    {
        var definitions = schemas
            .SelectMany(s => s.Value.Select(schema => (Name: schema.Key, Domain: s.Key, Schema: schema.Value)))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var prefixed = definitions
            .Where(d => d.Value.Count > 1 && d.Value.Skip(1).Any(other => !JsonNode.DeepEquals(other.Schema, d.Value[0].Schema)))
            .Select(d => d.Key)
            .ToHashSet(StringComparer.Ordinal);

        bool grew;
        do
        {
            grew = false;
            foreach (var (name, versions) in definitions)
            {
                if (versions.Count > 1 && !prefixed.Contains(name)
                    && versions.Any(v => References(v.Schema).Any(prefixed.Contains)))
                {
                    grew = prefixed.Add(name);
                }
            }
        }
        while (grew);

        return prefixed;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value?.GetValue<string>() is { } target && target.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
            ? [target[SchemaRefPrefix.Length..]]
            : References(p.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    private static void RewriteReferences(JsonNode? node, Func<string, string> rename)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"]?.GetValue<string>() is { } target && target.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
                {
                    obj["$ref"] = SchemaRefPrefix + rename(target[SchemaRefPrefix.Length..]);
                }

                foreach (var (_, value) in obj.ToList())
                {
                    RewriteReferences(value, rename);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RewriteReferences(item, rename);
                }

                break;
        }
    }

    private static JsonObject Section(JsonObject document, params string[] path)
    {
        JsonNode? node = document;
        foreach (var key in path)
        {
            node = node?[key];
        }

        return node as JsonObject ?? [];
    }

    /// <summary>Ordinal order, so the document is the same whichever service answered first.</summary>
    private static JsonObject Sorted(JsonObject source)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in source.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            source.Remove(key);
            sorted.Add(key, value);
        }

        return sorted;
    }
}
