using System.Text.Json;
using Governance.BuildingBlocks.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.ServiceDefaults.Tests.Data;

public class DatabaseUnavailableHandlerTests
{
    private static async Task<(bool Handled, HttpContext Context, JsonElement? Body)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new DatabaseUnavailableHandler(services.GetRequiredService<IProblemDetailsService>());

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.Body.Position = 0;
        var body = context.Response.Body.Length > 0 ? JsonDocument.Parse(context.Response.Body).RootElement : (JsonElement?)null;
        return (handled, context, body);
    }

    [Fact]
    public async Task A_database_that_timed_out_is_503_with_retry_after_even_inside_a_failed_save()
    {
        var timedOut = new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt"));

        var (handled, context, body) = await HandleAsync(new DbUpdateException("An error occurred while saving the entity changes.", timedOut));

        Assert.True(handled);
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal(503, body!.Value.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_server_shutting_down_is_503() =>
        Assert.Equal(503, (await HandleAsync(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown))).Context.Response.StatusCode);

    [Fact]
    public async Task A_row_locked_longer_than_a_request_waits_is_503() =>
        Assert.Equal(503, (await HandleAsync(new RowLockTimeoutException("The activities row stayed locked."))).Context.Response.StatusCode);

    [Fact]
    public async Task A_statement_the_database_refused_is_not_an_outage() =>
        Assert.False((await HandleAsync(new DbUpdateException("save failed",
            new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)))).Handled);

    [Fact]
    public async Task Other_exceptions_are_left_to_the_other_handlers() =>
        Assert.False((await HandleAsync(new InvalidOperationException("bug"))).Handled);
}
