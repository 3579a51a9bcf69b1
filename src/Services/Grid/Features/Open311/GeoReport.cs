using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Grid.Features.Open311;

/// <summary>
/// GeoReport v2's two wire formats from one description of an answer: JSON as it is, XML with the
/// spec's element names (a list named <c>attributes</c> holds <c>attribute</c> elements, and so on).
/// </summary>
public sealed class GeoReport(bool xml)
{
    /// <summary>Each list's item element, as the spec names them.</summary>
    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["services"] = "service",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["service_requests"] = "request",
        ["service_requests_updates"] = "request_update",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
        ["errors"] = "error",
    };

    public static GeoReport? Of(string format) => format switch
    {
        "xml" => new GeoReport(true),
        "json" => new GeoReport(false),
        _ => null,
    };

    /// <summary>W3C date and time with the offset, as the spec's examples write it.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A list: a JSON array, or in XML the root <paramref name="root"/> holding one element per item.</summary>
    public IResult List(string root, IEnumerable<JsonObject> items, int status = StatusCodes.Status200OK) =>
        Write(root, new JsonArray([.. items]), status);

    /// <summary>One object: as JSON, or in XML as the root <paramref name="root"/>.</summary>
    public IResult One(string root, JsonObject item) => Write(root, item, StatusCodes.Status200OK);

    /// <summary>The spec's error answer, a list of code and description, with the HTTP status.</summary>
    public IResult Error(int status, string description) =>
        List("errors", [new JsonObject { ["code"] = status, ["description"] = description }], status);

    /// <summary>The error answer when the format is neither xml nor json: JSON, the more common.</summary>
    public static IResult UnknownFormat(string format) =>
        new GeoReport(false).Error(StatusCodes.Status404NotFound, $"Unknown format '{format}': ask for .xml or .json.");

    private ContentHttpResult Write(string root, JsonNode body, int status) => xml
        ? TypedResults.Text(Xml(root, body), "text/xml; charset=utf-8", Encoding.UTF8, status)
        : TypedResults.Text(body.ToJsonString(), "application/json; charset=utf-8", Encoding.UTF8, status);

    private static string Xml(string root, JsonNode body)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            writer.WriteStartDocument();
            WriteElement(writer, root, body);
            writer.WriteEndDocument();
        }

        // The writer declares the StringBuilder's UTF-16; the answer is sent as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteElement(XmlWriter writer, string name, JsonNode? node)
    {
        writer.WriteStartElement(name);
        switch (node)
        {
            case JsonObject item:
                foreach (var (key, value) in item)
                {
                    WriteElement(writer, key, value);
                }

                break;
            case JsonArray list:
                var itemName = ItemNames.TryGetValue(name, out var known) ? known : name;
                foreach (var value in list)
                {
                    WriteElement(writer, itemName, value);
                }

                break;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                writer.WriteString(value.GetValue<bool>() ? "true" : "false");
                break;
            case JsonValue value:
                writer.WriteString(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
                break;
        }

        writer.WriteEndElement();
    }
}
