using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>One change to a valid request, named the way a failure report shows it.</summary>
public sealed record Mutation(string Label, Action<FuzzRequest> Apply);

/// <summary>
/// Everything the fuzzer tries on one operation: each path parameter, query parameter, header and
/// body field changed alone, with values chosen by the field's schema type (a date gets dates out
/// of range and with offsets, a number gets overflows, a string gets control characters).
/// </summary>
public static class Mutations
{
    private const string Emoji = "🙂👨‍👩‍👧‍👦🏳️‍🌈";
    private const string RightToLeft = "\u202Eمرحبا بالعالم\u202C שלום";
    private const string ControlCharacters = "a\u0001\u0007\u001b[31mb\u007f\u0085";
    private const string Nul = "a\u0000b";

    // Under the gateway's 1 MB body limit once quoted, so that it reaches the service.
    private static readonly string HugeString = new('x', 200_000);

    public static IEnumerable<Mutation> For(FuzzRequest baseline, Random random)
    {
        foreach (var mutation in PathMutations(baseline, random))
        {
            yield return mutation;
        }

        foreach (var mutation in QueryMutations(baseline))
        {
            yield return mutation;
        }

        foreach (var mutation in HeaderMutations(baseline))
        {
            yield return mutation;
        }

        if (baseline.Operation.Body is { } shape)
        {
            foreach (var mutation in BodyMutations(baseline))
            {
                yield return mutation;
            }

            foreach (var mutation in FieldMutations([], shape, baseline.Body, random))
            {
                yield return mutation;
            }
        }
    }

    private static IEnumerable<Mutation> PathMutations(FuzzRequest baseline, Random random)
    {
        var values = new (string Label, string Value)[]
        {
            ("not a guid", "not-a-guid"),
            ("empty guid", Guid.Empty.ToString()),
            ("unknown guid", RandomGuid(random).ToString()),
            ("guid in braces", "{" + RandomGuid(random) + "}"),
            ("NUL", "%00"),
            ("emoji", Uri.EscapeDataString(Emoji)),
            ("huge", new string('9', 4000)),
            ("number", "2147483648"),
        };
        foreach (var name in baseline.PathValues.Keys)
        {
            foreach (var (label, value) in values)
            {
                yield return new($"path {name}: {label}", r => r.PathValues[name] = value);
            }
        }
    }

    private static IEnumerable<Mutation> QueryMutations(FuzzRequest baseline)
    {
        var parameters = baseline.Operation.Parameters.Where(p => p.In == "query").ToList();
        foreach (var parameter in parameters)
        {
            foreach (var (label, value) in QueryValues(parameter.Shape))
            {
                yield return new($"query {parameter.Name}: {label}", r => SetQuery(r, parameter.Name, value));
            }

            yield return new($"query {parameter.Name}: repeated", r =>
            {
                var value = r.Query.FirstOrDefault(q => q.Key == parameter.Name).Value ?? "1";
                r.Query.Add(new(parameter.Name, value));
                r.Query.Add(new(parameter.Name, value));
            });
        }

        if (parameters.Any(p => p.Name == "page") && parameters.Any(p => p.Name == "pageSize"))
        {
            // (page - 1) * pageSize overflows an int long before page itself is out of range.
            foreach (var (page, size) in new[] { ("2147483647", "200"), ("1073741824", "200"), ("10737419", "200"), ("2147483647", "1") })
            {
                yield return new($"query page={page}&pageSize={size}", r =>
                {
                    SetQuery(r, "page", page);
                    SetQuery(r, "pageSize", size);
                });
            }
        }

        if (parameters.Any(p => p.Name == "from") && parameters.Any(p => p.Name == "to"))
        {
            var date = parameters.First(p => p.Name == "from").Shape.Format == "date";
            yield return new("query from after to", r =>
            {
                SetQuery(r, "from", date ? "9999-12-31" : "9999-12-31T23:59:59Z");
                SetQuery(r, "to", date ? "0001-01-01" : "0001-01-01T00:00:00Z");
            });
        }

        yield return new("query unknown parameter", r => r.Query.Add(new("fuzz\u00e9", Emoji)));
    }

    private static IEnumerable<(string Label, string Value)> QueryValues(Shape shape) => shape.Kind switch
    {
        ShapeKind.WholeNumber =>
        [
            ("int max", "2147483647"), ("int min", "-2147483648"), ("zero", "0"), ("negative", "-1"),
            ("overflow", "99999999999"), ("fraction", "1.5"), ("text", "abc"), ("empty", ""),
        ],
        ShapeKind.Number =>
        [
            ("NaN", "NaN"), ("Infinity", "Infinity"), ("overflow", "1e309"), ("out of range", "-91"), ("text", "abc"), ("empty", ""),
        ],
        _ => shape.Format switch
        {
            "uuid" => [("not a guid", "not-a-guid"), ("empty guid", Guid.Empty.ToString()), ("empty", "")],
            "date-time" =>
            [
                ("year 1", "0001-01-01T00:00:00Z"), ("year 9999", "9999-12-31T23:59:59Z"), ("+08:00 offset", "2026-06-01T10:00:00+08:00"),
                ("date only", "2026-06-01"), ("30 February", "2026-02-30T00:00:00Z"), ("not a date", "not-a-date"), ("empty", ""),
            ],
            "date" =>
            [
                ("year 1", "0001-01-01"), ("year 9999", "9999-12-31"), ("30 February", "2026-02-30"), ("with time", "2026-06-01T10:00:00+08:00"),
                ("not a date", "not-a-date"), ("empty", ""),
            ],
            _ =>
            [
                ("unknown enum value", "no-such-value"), ("empty", ""), ("NUL", Nul), ("control characters", ControlCharacters),
                ("emoji", Emoji), ("RTL", RightToLeft), ("huge", new string('x', 4000)),
            ],
        },
    };

    private static IEnumerable<Mutation> HeaderMutations(FuzzRequest baseline)
    {
        if (baseline.Operation.Method == "POST")
        {
            yield return new("header Idempotency-Key: non-ASCII UTF-8", r => r.Headers.Add(new("Idempotency-Key", "ключ-键-" + Emoji)));
            yield return new("header Idempotency-Key: control characters", r => r.Headers.Add(new("Idempotency-Key", "key\u0001\u007f")));
            yield return new("header Idempotency-Key: huge", r => r.Headers.Add(new("Idempotency-Key", new string('k', 8000))));
        }

        yield return new("header: huge", r => r.Headers.Add(new("X-Fuzz", new string('h', 64 * 1024))));
        yield return new("header Accept: application/xml", r => r.Headers.Add(new("Accept", "application/xml")));
    }

    private static IEnumerable<Mutation> BodyMutations(FuzzRequest baseline)
    {
        yield return new("body: none", r => r.SendsBody = false);
        yield return new("body: null", r => r.Body = null);
        yield return new("body: array", r => r.Body = new JsonArray());
        yield return new("body: {}", r => r.Body = new JsonObject());
        yield return new("body: string", r => r.Body = JsonValue.Create("text"));
        yield return new("body: truncated JSON", r => r.RawBody = Encoding.UTF8.GetBytes("{\"a\":"));
        yield return new("body: not UTF-8", r => r.RawBody = [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
        yield return new("body: deep nesting", r => r.RawBody = Encoding.UTF8.GetBytes(FuzzRequest.DeepJson));
        yield return new("body: over 1 MB", r => r.RawBody = Encoding.UTF8.GetBytes($"{{\"x\":\"{new string('x', 2_000_000)}\"}}"));
        yield return new("body: unknown property", r =>
        {
            if (r.Body is JsonObject body)
            {
                body["fuzzUnknown"] = Emoji;
            }
        });
        yield return new("content-type: text/plain", r => r.ContentType = "text/plain");
        yield return new("content-type: form", r => r.ContentType = "application/x-www-form-urlencoded");
        yield return new("content-type: json charset=utf-16", r => r.ContentType = "application/json; charset=utf-16");
        _ = baseline;
    }

    private static IEnumerable<Mutation> FieldMutations(IReadOnlyList<object> path, Shape shape, JsonNode? value, Random random)
    {
        if (shape.Kind == ShapeKind.Structure)
        {
            foreach (var (name, property) in shape.Properties)
            {
                var child = value is JsonObject o ? o[name] : null;
                object[] childPath = [.. path, name];
                foreach (var mutation in FieldValues(property, child, random))
                {
                    yield return At(childPath, mutation.Label, mutation.Make);
                }

                yield return new($"{Describe(childPath)}: missing", r => Remove(r, childPath));
                foreach (var nested in FieldMutations(childPath, property, child, random))
                {
                    yield return nested;
                }
            }
        }
        else if (shape.Kind == ShapeKind.List && value is JsonArray { Count: > 0 } array && shape.Items is { } items)
        {
            object[] itemPath = [.. path, 0];
            foreach (var mutation in FieldValues(items, array[0], random))
            {
                yield return At(itemPath, mutation.Label, mutation.Make);
            }

            foreach (var nested in FieldMutations(itemPath, items, array[0], random))
            {
                yield return nested;
            }
        }
    }

    private sealed record FieldValue(string Label, Func<JsonNode?, JsonNode?> Make);

    private static FieldValue Fixed(string label, Func<JsonNode?> make) => new(label, _ => make());

    /// <summary>The values tried in one field: null and a wrong type for any field, then what its type invites.</summary>
    private static IEnumerable<FieldValue> FieldValues(Shape shape, JsonNode? baseline, Random random)
    {
        yield return Fixed("null", () => null);
        yield return Fixed("wrong type", () => shape.Kind switch
        {
            ShapeKind.Text => JsonValue.Create(12345),
            ShapeKind.WholeNumber or ShapeKind.Number or ShapeKind.Logical => JsonValue.Create("abc"),
            ShapeKind.List => new JsonObject { ["a"] = 1 },
            ShapeKind.Structure => new JsonArray(1, 2),
            _ => JsonValue.Create(true),
        });
        var values = shape.Kind switch
        {
            ShapeKind.Text when shape.Enum.Count > 0 =>
            [
                Fixed("unknown enum value", () => "no-such-value"),
                Fixed("enum in upper case", () => shape.Enum[0].ToUpperInvariant()),
                Fixed("enum as number", () => 0),
                Fixed("empty string", () => ""),
            ],
            ShapeKind.Text => TextValues(shape.Format, baseline, random),
            ShapeKind.WholeNumber =>
            [
                Fixed("zero", () => 0), Fixed("negative", () => -1), Fixed("int max", () => int.MaxValue), Fixed("int min", () => int.MinValue),
                Fixed("int overflow", () => 2147483648L), Fixed("absurd number", () => 1e30), Fixed("fraction", () => 1.5),
                Fixed("number as string", () => "12"),
            ],
            ShapeKind.Number =>
            [
                Fixed("zero", () => 0), Fixed("negative", () => -1), Fixed("double max", () => double.MaxValue), Fixed("double min", () => -double.MaxValue),
                Fixed("denormal", () => 1e-320), Fixed("NaN as string", () => "NaN"), Fixed("Infinity as string", () => "Infinity"),
            ],
            ShapeKind.Logical => [Fixed("boolean as string", () => "true"), Fixed("boolean as number", () => 1)],
            ShapeKind.List =>
            [
                Fixed("empty array", () => new JsonArray()),
                Fixed("array of null", () => new JsonArray((JsonNode?)null)),
                new FieldValue("oversized array", b => Oversized(b as JsonArray)),
                Fixed("deep nesting", () => FuzzRequest.DeepMarker),
            ],
            ShapeKind.Structure =>
            [
                Fixed("empty object", () => new JsonObject()),
                Fixed("deep nesting", () => FuzzRequest.DeepMarker),
                Fixed("deep object", DeepObject),
            ],
            _ => new List<FieldValue> { Fixed("empty object", () => new JsonObject()), Fixed("deep nesting", () => FuzzRequest.DeepMarker), Fixed("huge string", () => HugeString) },
        };
        foreach (var value in values)
        {
            yield return value;
        }
    }

    private static List<FieldValue> TextValues(string? format, JsonNode? baseline, Random random)
    {
        var common = new List<FieldValue> { Fixed("empty string", () => "") };
        switch (format)
        {
            case "uuid":
                common.AddRange([Fixed("not a guid", () => "not-a-guid"), Fixed("empty guid", () => Guid.Empty.ToString()), Fixed("unknown guid", () => RandomGuid(random).ToString())]);
                return common;
            case "date-time":
                var moment = baseline?.GetValue<DateTimeOffset>() ?? DateTimeOffset.UtcNow;
                common.AddRange(
                [
                    Fixed("year 1", () => "0001-01-01T00:00:00Z"), Fixed("year 9999", () => "9999-12-31T23:59:59Z"),
                    Fixed("+08:00 offset", () => moment.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
                    Fixed("-12:00 offset", () => moment.ToOffset(TimeSpan.FromHours(-12)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
                    Fixed("no offset", () => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
                    Fixed("date only", () => "2026-06-01"), Fixed("30 February", () => "2026-02-30T00:00:00Z"), Fixed("not a date", () => "not-a-date"),
                    Fixed("unix seconds", () => 1_700_000_000),
                ]);
                return common;
            case "date":
                common.AddRange(
                [
                    Fixed("year 1", () => "0001-01-01"), Fixed("year 9999", () => "9999-12-31"), Fixed("30 February", () => "2026-02-30"),
                    Fixed("with time", () => "2026-06-01T10:00:00+08:00"), Fixed("not a date", () => "not-a-date"),
                ]);
                return common;
        }

        common.AddRange(
        [
            Fixed("huge string", () => HugeString), Fixed("NUL", () => Nul), Fixed("control characters", () => ControlCharacters),
            Fixed("emoji", () => Emoji), Fixed("RTL", () => RightToLeft), Fixed("whitespace", () => " \t\n "),
            Fixed("markup and SQL", () => "<script>alert(1)</script>'; DROP TABLE x;--"),
        ]);
        if (baseline?.GetValueKind() == System.Text.Json.JsonValueKind.String && TimeOnly.TryParse(baseline.GetValue<string>(), CultureInfo.InvariantCulture, out _))
        {
            common.AddRange([Fixed("hour 25", () => "25:00"), Fixed("24:00", () => "24:00"), Fixed("minute 60", () => "12:60"), Fixed("negative time", () => "-01:00")]);
        }

        return common;
    }

    private static JsonArray Oversized(JsonArray? baseline)
    {
        var item = baseline is { Count: > 0 } ? baseline[0] : null;
        var size = Math.Max(1, item?.ToJsonString().Length ?? 4);
        // As many copies as fit under the gateway's body limit, at most 10,000.
        var count = Math.Clamp(800_000 / (size + 1), 1, 10_000);
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(item?.DeepClone());
        }

        return array;
    }

    private static JsonNode DeepObject()
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < 200; i++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static Mutation At(IReadOnlyList<object> path, string label, Func<JsonNode?, JsonNode?> make) =>
        new($"{Describe(path)}: {label}", r => Set(r, path, make));

    private static void Set(FuzzRequest request, IReadOnlyList<object> path, Func<JsonNode?, JsonNode?> make)
    {
        var parent = Navigate(request.Body, path);
        switch (path[^1], parent)
        {
            case (string name, JsonObject o):
                o[name] = make(o[name]);
                break;
            case (int index, JsonArray a) when index < a.Count:
                a[index] = make(a[index]);
                break;
        }
    }

    private static void Remove(FuzzRequest request, IReadOnlyList<object> path)
    {
        if (Navigate(request.Body, path) is JsonObject parent && path[^1] is string name)
        {
            parent.Remove(name);
        }
    }

    private static JsonNode? Navigate(JsonNode? root, IReadOnlyList<object> path)
    {
        var node = root;
        foreach (var step in path.Take(path.Count - 1))
        {
            node = (step, node) switch
            {
                (string name, JsonObject o) => o[name],
                (int index, JsonArray a) when index < a.Count => a[index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The field as a JSON path, camelCase as on the wire: <c>visitors[0].name</c>.</summary>
    public static string Describe(IReadOnlyList<object> path)
    {
        var text = new StringBuilder();
        foreach (var step in path)
        {
            _ = step is int index ? text.Append('[').Append(index).Append(']') : text.Append(text.Length == 0 ? "" : ".").Append(step);
        }

        return text.Length == 0 ? "body" : text.ToString();
    }

    private static void SetQuery(FuzzRequest request, string name, string value)
    {
        request.Query.RemoveAll(q => q.Key == name);
        request.Query.Add(new(name, value));
    }

    private static Guid RandomGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
