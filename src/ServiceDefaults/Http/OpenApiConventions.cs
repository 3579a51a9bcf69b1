using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// A hand-written example of a request body, as it is sent on the wire. Without one the
/// document carries an example derived from the body's schema, which is valid for its types
/// but not for rules the schema cannot express (a GeoJSON polygon, a phone number). On a request
/// record, or on an endpoint's handler method when its body is not a record of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class RequestExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

/// <summary>
/// A query parameter read as <typeparamref name="TEnum"/> with <see cref="WireNames"/>: the
/// handler takes it as a string (to answer a 400 naming the accepted values), so without this the
/// document would not list them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class QueryEnumAttribute<TEnum>(string parameter) : QueryEnumAttribute(parameter, typeof(TEnum))
    where TEnum : struct, Enum;

public abstract class QueryEnumAttribute(string parameter, Type enumType) : Attribute
{
    public string Parameter { get; } = parameter;

    public Type EnumType { get; } = enumType;
}

/// <summary>
/// Makes each service's OpenAPI document one that a generated, typed client can rely on:
/// every ProblemDetails answer the platform can give, enums and numbers as they are on the
/// wire, the bearer token, an operation id and a request example on every operation.
/// </summary>
public static class OpenApiConventions
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "HttpValidationProblemDetails";
    public const string BearerScheme = "bearer";
    private const string ProblemContentType = "application/problem+json";
    private const string DeclaredSummary = "governance:declared-summary";

    public static OpenApiOptions AddGovernanceConventions(this OpenApiOptions options)
    {
        options.AddSchemaTransformer(WireSchemas.TransformAsync);
        options.AddOperationTransformer(ProblemResponses.TransformAsync);
        options.AddDocumentTransformer(DocumentDefaults.TransformAsync);
        return options;
    }

    internal static OpenApiSchemaReference Reference(string id, OpenApiDocument? document) => new(id, document);

    internal static OpenApiResponse Problem(string description, string schema, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemContentType] = new() { Schema = Reference(schema, document) } },
    };

    /// <summary>What the generator infers from the types needs three corrections to match the wire.</summary>
    private static class WireSchemas
    {
        public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            // Enums are written as kebab-case strings (HttpConventions); the generator lists the
            // values but leaves the type out, which generators then read as "any".
            if (type.IsEnum && schema.Enum is { Count: > 0 } values)
            {
                schema.Type = values.Any(v => v is null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            }

            // Timestamps are read by UtcTimestampConverter, a converter of our own, for which the
            // generator infers nothing; on the wire they are ISO 8601 strings as before.
            if (type == typeof(DateTimeOffset))
            {
                // An optional query value is left out rather than sent as null.
                var nullable = type != context.JsonTypeInfo.Type && context.ParameterDescription?.Source?.Id is not ("Query" or "Path" or "Header");
                schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
                schema.Format = "date-time";
            }

            // The web defaults also read numbers from strings, so the generator types every number
            // "integer or string"; the API writes numbers and a client should send numbers.
            if (schema.Type is { } numeric && numeric.HasFlag(JsonSchemaType.String)
                && (numeric.HasFlag(JsonSchemaType.Integer) || numeric.HasFlag(JsonSchemaType.Number)))
            {
                schema.Type = numeric & ~JsonSchemaType.String;
                schema.Pattern = null;
            }

            if (type.GetCustomAttribute<RequestExampleAttribute>() is { } example)
            {
                schema.Examples = [JsonNode.Parse(example.Json)!];
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// The answers every endpoint of a domain service can give besides its own: the gateway's
    /// and the service's 401, 403, 429 and 503, 400 for a malformed request, 404 for a route that
    /// names something by id, 413 for a body, and 409 and 422 for every write (a conflict or a
    /// broken rule can come from any of them, and a typed client must be ready for both).
    /// Statuses an endpoint declares itself (through <c>Results&lt;…&gt;</c> or <c>Produces</c>) stay as declared.
    /// </summary>
    private static class ProblemResponses
    {
        private static readonly HashSet<string> Writes = new(StringComparer.OrdinalIgnoreCase) { "POST", "PUT", "PATCH", "DELETE" };

        public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            var description = context.Description;
            var route = "/" + (description.RelativePath ?? "").TrimStart('/');
            var document = context.Document;
            operation.Responses ??= [];
            var method = description.HttpMethod ?? "GET";

            Add(operation, StatusCodes.Status400BadRequest, "The request is malformed or fails validation; `errors` names each field.", ValidationProblemSchema, document);
            Add(operation, StatusCodes.Status401Unauthorized, "No bearer token, or one that is invalid or expired.", ProblemSchema, document);
            Add(operation, StatusCodes.Status403Forbidden, "The token's district or roles do not allow this.", ProblemSchema, document);
            if (route.Contains('{', StringComparison.Ordinal))
            {
                Add(operation, StatusCodes.Status404NotFound, "Nothing with that id in the caller's district.", ProblemSchema, document);
            }

            if (Writes.Contains(method))
            {
                Add(operation, StatusCodes.Status409Conflict, "The state or another record forbids it; `state` names the state where there is one.", ProblemSchema, document);
                Add(operation, StatusCodes.Status422UnprocessableEntity, "The request is well formed but breaks a rule, or repeats an Idempotency-Key with another body.", ProblemSchema, document);
            }

            if (operation.RequestBody is not null)
            {
                Add(operation, StatusCodes.Status413PayloadTooLarge, "The body is larger than the gateway accepts.", ProblemSchema, document);
            }

            Add(operation, StatusCodes.Status500InternalServerError, "An unexpected failure; the `traceId` finds it in the traces.", ProblemSchema, document);
            AddRetryable(operation, StatusCodes.Status429TooManyRequests, "The district's rate limit is spent; retry after `Retry-After` seconds.", document);
            AddRetryable(operation, StatusCodes.Status503ServiceUnavailable, "A platform dependency is unavailable; retry after `Retry-After` seconds.", document);

            foreach (var query in description.ActionDescriptor.EndpointMetadata.OfType<QueryEnumAttribute>())
            {
                if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == query.Parameter) is { } parameter)
                {
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = Enum.GetNames(query.EnumType).Select(n => (JsonNode)JsonNamingPolicy.KebabCaseLower.ConvertName(n)).ToList(),
                    };
                }
            }

            if (description.ActionDescriptor.EndpointMetadata.OfType<RequestExampleAttribute>().LastOrDefault() is { } example)
            {
                foreach (var media in operation.RequestBody?.Content?.Values ?? [])
                {
                    media.Example = JsonNode.Parse(example.Json);
                }
            }

            // Ordered by status so the document reads (and diffs) the same however they were added.
            var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            operation.Responses.Clear();
            foreach (var (status, response) in ordered)
            {
                operation.Responses.Add(status, response);
            }

            // The XML comment transformer, which runs after this one, puts a handler's <summary>
            // over the summary the endpoint declares; DocumentDefaults puts the declared one back.
            if (operation.Summary is { } declared)
            {
                operation.Metadata ??= new Dictionary<string, object>();
                operation.Metadata[DeclaredSummary] = declared;
            }

            operation.OperationId ??= OperationId(route, description.ActionDescriptor.EndpointMetadata);
            return Task.CompletedTask;
        }

        private static void Add(OpenApiOperation operation, int status, string description, string schema, OpenApiDocument? document) =>
            operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), Problem(description, schema, document));

        private static void AddRetryable(OpenApiOperation operation, int status, string description, OpenApiDocument? document)
        {
            var response = Problem(description, ProblemSchema, document);
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "86400" },
                },
            };
            operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), response);
        }

        /// <summary>
        /// <c>{domain}-{handler}</c> in kebab-case, from the feature class whose <c>Handle</c> serves
        /// the route (<c>CreateUnit.Handle</c> on <c>/api/grid/units</c> is <c>grid-create-unit</c>):
        /// stable while the handler keeps its name, unique across the merged document.
        /// </summary>
        private static string? OperationId(string route, IList<object> metadata)
        {
            if (metadata.OfType<MethodInfo>().FirstOrDefault() is not { DeclaringType: { } type } method
                || type.Name.Contains('<', StringComparison.Ordinal))
            {
                return null;
            }

            var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var domain = segments is ["api", var name, ..] ? name + "-" : "";
            var handler = method.Name is "Handle" or "HandleAsync" ? type.Name : type.Name + method.Name.Replace("Async", "", StringComparison.Ordinal);
            return domain + JsonNamingPolicy.KebabCaseLower.ConvertName(handler);
        }
    }

    /// <summary>Components every operation refers to, the bearer token, and a request example on every body.</summary>
    private static class DocumentDefaults
    {
        public static Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas.TryAdd(ProblemSchema, ProblemDetailsSchema(withErrors: false));
            document.Components.Schemas.TryAdd(ValidationProblemSchema, ProblemDetailsSchema(withErrors: true));

            // Raw JSON is only ever an object here (GeoJSON geometries and feature collections);
            // left untyped it also matches null, which breaks the oneOf a nullable property becomes.
            // Set here rather than in a schema transformer, which would be applied again to the value schema.
            if (document.Components.Schemas.TryGetValue(nameof(JsonElement), out var raw) && raw is OpenApiSchema json)
            {
                json.Type = JsonSchemaType.Object;
                json.AdditionalProperties = new OpenApiSchema();
                json.Description ??= "A JSON object: a GeoJSON geometry or feature collection where the field says so.";
            }

            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A signed JWT naming the caller's district (claim `district`) and roles, validated as RFC8725 advises "
                    + "(signature, issuer, audience and lifetime always checked); in Development the gateway's `/dev/token` issues one.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];

            foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
            {
                if (operation.Metadata?.TryGetValue(DeclaredSummary, out var declared) == true && declared is string summary && operation.Summary != summary)
                {
                    // The handler's doc comment is the longer story: it becomes the description.
                    operation.Description ??= operation.Summary;
                    operation.Summary = summary;
                }

                foreach (var media in operation.RequestBody?.Content?.Values ?? [])
                {
                    media.Example ??= media.Schema is null ? null : RequestExamples.For(media.Schema, document, depth: 0);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>RFC 9457 with the platform's <c>traceId</c>; other extensions (such as <c>state</c>) may follow.</summary>
        private static OpenApiSchema ProblemDetailsSchema(bool withErrors)
        {
            var text = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, MaxLength = 2048 };
            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = withErrors
                    ? "A ProblemDetails (RFC 9457) whose `errors` lists the messages for each failing field, named as on the wire."
                    : "A ProblemDetails (RFC 9457); `traceId` finds the request's trace, and a refusal because of a state names it in `state`.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = text,
                    ["title"] = text,
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Minimum = "400", Maximum = "599" },
                    ["detail"] = text,
                    ["instance"] = text,
                    ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 },
                },
            };
            if (withErrors)
            {
                schema.Properties["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 100, Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2048 } },
                };
            }
            else
            {
                schema.Properties["state"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 };
            }

            return schema;
        }
    }

    /// <summary>
    /// The example of a request body: the type's <see cref="RequestExampleAttribute"/>, else one
    /// built from its schema (first enum value, a typical value for each format), so that a new
    /// endpoint has one from the start.
    /// </summary>
    internal static class RequestExamples
    {
        private const int MaxDepth = 6;

        public static JsonNode? For(IOpenApiSchema schema, OpenApiDocument document, int depth)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                return reference.Reference.Id is { } id && document.Components?.Schemas?.TryGetValue(id, out var target) == true
                    ? For(target, document, depth)
                    : null;
            }

            if (schema.Examples is { Count: > 0 } examples)
            {
                return examples[0]?.DeepClone();
            }

            if (depth > MaxDepth)
            {
                return null;
            }

            if (schema.Enum is { Count: > 0 } values)
            {
                return values[0]?.DeepClone();
            }

            if ((schema.OneOf ?? schema.AnyOf) is { Count: > 0 } options)
            {
                var option = options.FirstOrDefault(o => o is OpenApiSchemaReference || o.Type is not JsonSchemaType.Null);
                return option is null ? null : For(option, document, depth + 1);
            }

            var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : 0);
            if (type.HasFlag(JsonSchemaType.Object))
            {
                var json = new JsonObject();
                foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    json[name] = For(property, document, depth + 1);
                }

                return json;
            }

            if (type.HasFlag(JsonSchemaType.Array))
            {
                return schema.Items is null ? new JsonArray() : new JsonArray(For(schema.Items, document, depth + 1));
            }

            if (type.HasFlag(JsonSchemaType.Integer))
            {
                return JsonValue.Create(1);
            }

            if (type.HasFlag(JsonSchemaType.Number))
            {
                return JsonValue.Create(1.5);
            }

            if (type.HasFlag(JsonSchemaType.Boolean))
            {
                return JsonValue.Create(false);
            }

            return type.HasFlag(JsonSchemaType.String) ? JsonValue.Create(StringExample(schema.Format)) : null;
        }

        private static string StringExample(string? format) => format switch
        {
            "uuid" => "0193a2c4-7b1e-7c3d-9f10-2b4c6d8e0a12",
            "date-time" => "2026-05-04T09:30:00+08:00",
            "date" => "2026-05-04",
            "time" => "09:30:00",
            "duration" => "01:00:00",
            _ => "text",
        };
    }
}
