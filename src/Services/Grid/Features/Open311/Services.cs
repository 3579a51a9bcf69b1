using System.Text.Json.Nodes;
using Governance.Grid.Data;
using Governance.Grid.Domain.Categories;
using Governance.Grid.Features.Categories;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Grid.Features.Open311;

/// <summary>GeoReport's services: the district's case categories, and a category's definition with its attributes.</summary>
public static class Services
{
    public static async Task<IResult> List(
        string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, HttpContext http, GridDbContext db, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (await Jurisdiction.EnterAsync(http, geo, jurisdictionId, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        return geo.List("services", (await db.CatalogueAsync(cancellationToken)).Select(Service));
    }

    public static async Task<IResult> Definition(
        string code, string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, HttpContext http, GridDbContext db, CancellationToken cancellationToken)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        if (await Jurisdiction.EnterAsync(http, geo, jurisdictionId, db, cancellationToken) is { } refused)
        {
            return refused;
        }

        return (await db.CatalogueAsync(cancellationToken)).FirstOrDefault(d => d.Code == code) is { } definition
            ? geo.One("service_definition", ServiceDefinition(definition))
            : geo.Error(StatusCodes.Status404NotFound, $"Unknown service_code '{code}'.");
    }

    private static JsonObject Service(CategoryDefinition d) => new()
    {
        ["service_code"] = d.Code,
        ["service_name"] = d.Name,
        ["description"] = d.Description ?? "",
        ["metadata"] = d.Attributes.Count > 0,
        ["type"] = "realtime",
        ["keywords"] = string.Join(",", d.Keywords),
        ["group"] = d.Group ?? "",
    };

    private static JsonObject ServiceDefinition(CategoryDefinition d) => new()
    {
        ["service_code"] = d.Code,
        ["attributes"] = new JsonArray([.. d.Attributes.Select(a => (JsonNode)new JsonObject
        {
            ["variable"] = a.Variable,
            ["code"] = a.Code,
            ["datatype"] = a.Datatype.ToString().ToLowerInvariant(),
            ["required"] = a.Required,
            ["datatype_description"] = a.DatatypeDescription ?? "",
            ["order"] = a.Order,
            ["description"] = a.Description,
            ["values"] = new JsonArray([.. a.Values.Select(v => (JsonNode)new JsonObject { ["key"] = v.Key, ["name"] = v.Name })]),
        })]),
    };
}
