using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Tests.Http;

public sealed class OpenApiConventionsTests : IAsyncLifetime
{
    public enum Shade
    {
        DeepRed,
        LightBlue,
    }

    public sealed record PaintRequest(Shade? Shade, int? Coats);

    public sealed record PaintResponse(Guid Id, Shade Shade, int Coats);

    public static class CreatePaint
    {
        public static Created<PaintResponse> Handle(PaintRequest request) =>
            TypedResults.Created("/api/shop/paints/1", new PaintResponse(Guid.Empty, request.Shade ?? Shade.DeepRed, request.Coats ?? 1));
    }

    public static class GetPaint
    {
        public static Ok<PaintResponse> Handle(Guid id) => TypedResults.Ok(new PaintResponse(id, Shade.LightBlue, 2));
    }

    public static class ListPaints
    {
        [QueryEnum<Shade>("shade")]
        public static Ok<PaintResponse[]> Handle(string? shade = null) => TypedResults.Ok(Array.Empty<PaintResponse>());
    }

    private WebApplication? app;
    private JsonNode document = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.ConfigureHttpJsonOptions(o => HttpConventions.ConfigureJson(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddGovernanceConventions());
        app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/api/shop/paints", CreatePaint.Handle);
        app.MapGet("/api/shop/paints/{id:guid}", GetPaint.Handle);
        app.MapGet("/api/shop/paints", ListPaints.Handle);
        app.MapOpenApi();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        document = (await client.GetFromJsonAsync<JsonNode>("/openapi/v1.json"))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private JsonObject Operation(string path, string method) => document["paths"]![path]![method]!.AsObject();

    private static string[] Statuses(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key).ToArray();

    [Fact]
    public void A_write_declares_every_problem_it_can_answer_besides_its_own_result() =>
        Assert.Equal(["201", "400", "401", "403", "409", "413", "422", "429", "500", "503"], Statuses(Operation("/api/shop/paints", "post")));

    [Fact]
    public void A_read_by_id_declares_404_and_no_write_problems() =>
        Assert.Equal(["200", "400", "401", "403", "404", "429", "500", "503"], Statuses(Operation("/api/shop/paints/{id}", "get")));

    [Fact]
    public void Problems_are_problem_json_with_the_problem_schemas()
    {
        var responses = Operation("/api/shop/paints", "post")["responses"]!;

        Assert.Equal("#/components/schemas/HttpValidationProblemDetails", responses["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/ProblemDetails", responses["409"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(responses["429"]!["headers"]!["Retry-After"]);
        Assert.NotNull(document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["traceId"]);
    }

    [Fact]
    public void Enums_are_strings_with_their_kebab_case_wire_values()
    {
        var shade = document["components"]!["schemas"]!["Shade"]!;

        Assert.Equal("string", shade["type"]!.GetValue<string>());
        Assert.Equal(["deep-red", "light-blue"], shade["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void A_query_parameter_read_as_an_enum_lists_its_wire_values()
    {
        var shade = Operation("/api/shop/paints", "get")["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "shade")!["schema"]!;

        Assert.Equal(["deep-red", "light-blue"], shade["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void Numbers_are_typed_as_numbers_only() =>
        Assert.Equal("integer", document["components"]!["schemas"]!["PaintResponse"]!["properties"]!["coats"]!["type"]!.GetValue<string>());

    [Fact]
    public void Operations_get_an_id_from_domain_and_handler_and_bodies_an_example()
    {
        var create = Operation("/api/shop/paints", "post");

        Assert.Equal("shop-create-paint", create["operationId"]!.GetValue<string>());
        Assert.Equal("shop-get-paint", Operation("/api/shop/paints/{id}", "get")["operationId"]!.GetValue<string>());
        Assert.Equal("deep-red", create["requestBody"]!["content"]!["application/json"]!["example"]!["shade"]!.GetValue<string>());
    }

    [Fact]
    public void Every_operation_requires_the_bearer_token() =>
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
}
