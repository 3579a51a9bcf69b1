using Governance.BuildingBlocks.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Tests.Data;

public class MigrationGateTests
{
    private sealed class SomeContext;

    private static async Task<(int Status, string RetryAfter, bool ReachedNext)> SendAsync(string path, bool applied)
    {
        var state = new MigrationState<SomeContext> { Applied = applied };
        var services = new ServiceCollection().AddLogging().AddProblemDetails().AddSingleton(state).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        var reached = false;

        await MigrationGate<SomeContext>.InvokeAsync(context, _ =>
        {
            reached = true;
            return Task.CompletedTask;
        });

        return (context.Response.StatusCode, context.Response.Headers.RetryAfter.ToString(), reached);
    }

    [Fact]
    public async Task An_api_request_before_the_migrations_are_applied_is_told_to_come_back() =>
        Assert.Equal((503, "2", false), await SendAsync("/api/grid/units", applied: false));

    [Fact]
    public async Task Health_and_operations_answer_while_migrating_and_the_api_once_migrated()
    {
        Assert.True((await SendAsync("/health", applied: false)).ReachedNext);
        Assert.True((await SendAsync("/ops/errors", applied: false)).ReachedNext);
        Assert.True((await SendAsync("/api/grid/units", applied: true)).ReachedNext);
    }
}
