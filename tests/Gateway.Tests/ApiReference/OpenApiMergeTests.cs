using System.Text.Json.Nodes;
using Governance.Gateway.ApiReference;

namespace Governance.Gateway.Tests.ApiReference;

public sealed class OpenApiMergeTests
{
    private static JsonObject Document(string domain, string schemas) => JsonNode.Parse($$"""
        {
          "openapi": "3.1.1",
          "info": { "title": "{{domain}}", "version": "1.0.0" },
          "paths": { "/api/{{domain}}/things": { "get": { "responses": { "200": { "description": "OK",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } } },
          "components": { "schemas": {{schemas}},
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } } },
          "security": [ { "bearer": [] } ],
          "tags": [ { "name": "{{domain}}" } ]
        }
        """)!.AsObject();

    [Fact]
    public void Paths_and_tags_of_every_service_are_kept()
    {
        var merged = OpenApiMerge.Merge([
            ("grid", Document("grid", """{ "Thing": { "type": "object" } }""")),
            ("party", Document("party", """{ "Thing": { "type": "object" } }""")),
        ]);

        Assert.Equal(["/api/grid/things", "/api/party/things"], merged["paths"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["grid", "party"], merged["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.NotNull(merged["components"]!["securitySchemes"]!["bearer"]);
    }

    [Fact]
    public void A_schema_defined_alike_everywhere_keeps_its_name()
    {
        var merged = OpenApiMerge.Merge([
            ("grid", Document("grid", """{ "Thing": { "type": "object" } }""")),
            ("party", Document("party", """{ "Thing": { "type": "object" } }""")),
        ]);

        Assert.Equal(["Thing"], merged["components"]!["schemas"]!.AsObject().Select(s => s.Key));
        Assert.Equal("#/components/schemas/Thing", Ref(merged, "/api/party/things"));
    }

    [Fact]
    public void Schemas_defined_differently_and_those_referring_to_them_get_their_domain_as_prefix()
    {
        var merged = OpenApiMerge.Merge([
            ("grid", Document("grid", """{ "Thing": { "$ref": "#/components/schemas/Status" }, "Status": { "enum": ["a"] } }""")),
            ("party", Document("party", """{ "Thing": { "$ref": "#/components/schemas/Status" }, "Status": { "enum": ["b"] } }""")),
        ]);

        Assert.Equal(["GridStatus", "GridThing", "PartyStatus", "PartyThing"], merged["components"]!["schemas"]!.AsObject().Select(s => s.Key));
        Assert.Equal("#/components/schemas/PartyThing", Ref(merged, "/api/party/things"));
        Assert.Equal("#/components/schemas/PartyStatus", merged["components"]!["schemas"]!["PartyThing"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void A_path_published_twice_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => OpenApiMerge.Merge([
            ("grid", Document("grid", "{}")),
            ("party", Document("grid", "{}")),
        ]));
    }

    private static string Ref(JsonObject merged, string path) =>
        merged["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
}
