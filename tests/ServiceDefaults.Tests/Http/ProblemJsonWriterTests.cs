using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Governance.ServiceDefaults.Http;

namespace Governance.ServiceDefaults.Tests.Http;

public class ProblemJsonWriterTests
{
    private static async Task<HttpContext> WriteProblemAsync(string accept)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddHttpConventions();
        var services = builder.Services.AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.Accept = accept;
        context.Response.Body = new MemoryStream();
        context.Response.StatusCode = StatusCodes.Status400BadRequest;

        await services.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["name"] = ["'name' is required."] }),
        });
        context.Response.Body.Position = 0;
        return context;
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("application/json")]
    public async Task Every_client_gets_the_problem_as_json_whatever_it_accepts(string accept)
    {
        var context = await WriteProblemAsync(accept);

        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(400, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("'name' is required.", body.RootElement.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.True(body.RootElement.TryGetProperty("traceId", out _));
    }
}
