using System.Text.Json.Nodes;

namespace Governance.EndToEnd.Tests.Gateway;

/// <summary>The breaking-change rules on small documents; needs no platform.</summary>
public sealed class ApiContractTests
{
    private static JsonObject Document(string unitSchema, string path = "/api/grid/units/{id}") => JsonNode.Parse($$"""
        {
          "paths": { "{{path}}": { "get": {
            "parameters": [ { "name": "id", "in": "path", "schema": { "type": "string", "format": "uuid" } } ],
            "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Unit" } } } } } } } },
          "components": { "schemas": {
            "Unit": {{unitSchema}},
            "Level": { "type": "string", "enum": ["street", "grid"] }
          } }
        }
        """)!.AsObject();

    private const string Unit = """
        { "type": "object", "properties": {
            "name": { "type": "string" },
            "level": { "oneOf": [ { "type": "null" }, { "$ref": "#/components/schemas/Level" } ] },
            "children": { "type": "array", "items": { "$ref": "#/components/schemas/Unit" } } } }
        """;

    [Fact]
    public void The_same_document_breaks_nothing() =>
        Assert.Empty(ApiContract.BreakingChanges(Document(Unit), Document(Unit)));

    [Fact]
    public void Additions_break_nothing()
    {
        var after = Document(Unit.Replace("\"name\": { \"type\": \"string\" },", "\"name\": { \"type\": \"string\" }, \"code\": { \"type\": \"string\" },", StringComparison.Ordinal));
        after["components"]!["schemas"]!["Level"]!["enum"]!.AsArray().Add("building");
        after["paths"]!.AsObject().Add("/api/grid/new", new JsonObject { ["get"] = new JsonObject() });

        Assert.Empty(ApiContract.BreakingChanges(Document(Unit), after));
    }

    [Fact]
    public void A_removed_operation_is_reported() =>
        Assert.Equal(["GET /api/grid/units/{id}: operation removed"], ApiContract.BreakingChanges(Document(Unit), Document(Unit, "/api/grid/other/{id}")));

    [Fact]
    public void A_removed_field_is_reported()
    {
        var changes = ApiContract.BreakingChanges(Document(Unit), Document(Unit.Replace("\"name\": { \"type\": \"string\" },", "", StringComparison.Ordinal)));

        Assert.Equal(["GET /api/grid/units/{id} response 200 (application/json): field 'name' removed"], changes);
    }

    [Fact]
    public void A_field_of_another_type_is_reported()
    {
        var changes = ApiContract.BreakingChanges(Document(Unit), Document(Unit.Replace("\"name\": { \"type\": \"string\" }", "\"name\": { \"type\": \"integer\" }", StringComparison.Ordinal)));

        Assert.Equal(["GET /api/grid/units/{id} response 200 (application/json).name: type string became integer"], changes);
    }

    [Fact]
    public void A_removed_enum_value_is_reported_through_references_and_nullability()
    {
        var after = Document(Unit);
        after["components"]!["schemas"]!["Level"]!["enum"] = new JsonArray("street");

        Assert.Equal(["GET /api/grid/units/{id} response 200 (application/json).level: enum value \"grid\" removed"],
            ApiContract.BreakingChanges(Document(Unit), after));
    }

    [Fact]
    public void A_renamed_schema_with_the_same_shape_breaks_nothing()
    {
        var after = JsonNode.Parse(Document(Unit).ToJsonString().Replace("schemas/Level", "schemas/UnitLevel", StringComparison.Ordinal)
            .Replace("\"Level\":", "\"UnitLevel\":", StringComparison.Ordinal))!.AsObject();

        Assert.Empty(ApiContract.BreakingChanges(Document(Unit), after));
    }
}
