using System.Text.Json;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Tests.Http;

public class ProblemExceptionHandlerTests
{
    private enum Level { Street, Grid }

    private sealed record Body(Level? Level);

    private static void Handler(Body body) => Assert.NotNull(body);

    private static async Task<(bool Handled, HttpContext Context, JsonElement? Body)> HandleAsync(Exception exception, Endpoint? failed = null)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = exception, Endpoint = failed, Path = "/" });
        context.Response.Body = new MemoryStream();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>());

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.Body.Position = 0;
        var body = context.Response.Body.Length > 0 ? JsonDocument.Parse(context.Response.Body).RootElement : (JsonElement?)null;
        return (handled, context, body);
    }

    [Fact]
    public async Task Malformed_requests_are_400_with_the_reason()
    {
        var (handled, context, body) = await HandleAsync(new BadHttpRequestException("Failed to read the body as JSON.", 400));

        Assert.True(handled);
        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal("Failed to read the body as JSON.", body!.Value.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_the_serializer_refused_is_400_naming_the_field_in_the_failed_endpoints_terms()
    {
        var handler = typeof(ProblemExceptionHandlerTests).GetMethod(nameof(Handler), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var endpoint = new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(handler), "test");
        var json = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"level":"province"}""", Wire()));

        var (handled, context, body) = await HandleAsync(
            new BadHttpRequestException("Failed to read parameter \"Body body\" from the request body as JSON.", 400, json), endpoint);

        Assert.True(handled);
        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal("'level' must be one of: street, grid.", body!.Value.GetProperty("errors").GetProperty("level")[0].GetString());
    }

    private static JsonSerializerOptions Wire()
    {
        var options = new JsonSerializerOptions();
        HttpConventions.ConfigureJson(options);
        return options;
    }

    [Fact]
    public async Task Writing_into_another_district_is_403()
    {
        var (handled, context, _) = await HandleAsync(new DistrictAccessException("no"));

        Assert.True(handled);
        Assert.Equal(403, context.Response.StatusCode);
    }

    [Fact]
    public async Task Other_exceptions_stay_500s_for_the_default_handler() =>
        Assert.False((await HandleAsync(new InvalidOperationException("bug"))).Handled);
}
