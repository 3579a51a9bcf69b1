using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>One request the fuzzer sends, built from an operation's baseline and then mutated in place.</summary>
public sealed class FuzzRequest
{
    /// <summary>Stands for a value too deep to build as a JsonNode; swapped for <see cref="DeepJson"/> once serialised.</summary>
    public const string DeepMarker = "__fuzz_deep_nesting__";

    // Far beyond the 64 levels System.Text.Json reads by default.
    public static readonly string DeepJson = new string('[', 5000) + new string(']', 5000);

    public required ApiOperation Operation { get; init; }

    /// <summary>Path parameters, already escaped for the URL (a mutation may put anything there).</summary>
    public Dictionary<string, string> PathValues { get; init; } = [];

    /// <summary>Query parameters, unescaped; repeated names are allowed.</summary>
    public List<KeyValuePair<string, string>> Query { get; init; } = [];

    public JsonNode? Body { get; set; }

    /// <summary>When set, sent as the body instead of <see cref="Body"/> (text that is not JSON, or not UTF-8).</summary>
    public byte[]? RawBody { get; set; }

    public bool SendsBody { get; set; }

    public string ContentType { get; set; } = "application/json";

    public List<KeyValuePair<string, string>> Headers { get; init; } = [];

    public FuzzRequest Clone() => new()
    {
        Operation = Operation,
        PathValues = new Dictionary<string, string>(PathValues),
        Query = [.. Query],
        Body = Body?.DeepClone(),
        RawBody = RawBody,
        SendsBody = SendsBody,
        ContentType = ContentType,
        Headers = [.. Headers],
    };

    public string PathAndQuery()
    {
        var path = Operation.Path;
        foreach (var (name, value) in PathValues)
        {
            path = path.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }

        return Query.Count == 0
            ? path
            : path + "?" + string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
    }

    public HttpRequestMessage ToMessage(string token)
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), PathAndQuery());
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in Headers)
        {
            // Without validation so that non-ASCII and oversized values go out as they are.
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (SendsBody)
        {
            var bytes = RawBody ?? Encoding.UTF8.GetBytes(BodyText());
            var content = new ByteArrayContent(bytes);
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            message.Content = content;
        }

        return message;
    }

    public string BodyText()
    {
        var text = Body is null ? "null" : Body.ToJsonString(Serialisation);
        return text.Replace($"\"{DeepMarker}\"", DeepJson, StringComparison.Ordinal);
    }

    // Escapes nothing it need not: emoji, RTL text and CJK go out as UTF-8, as a browser sends them.
    private static readonly JsonSerializerOptions Serialisation = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1024 };
}
