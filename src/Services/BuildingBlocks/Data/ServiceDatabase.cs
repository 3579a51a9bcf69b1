using Governance.BuildingBlocks.Data.Idempotency;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Governance.BuildingBlocks.Data;

public static class ServiceDatabase
{
    private const string NpgsqlTelemetrySource = "Npgsql";

    /// <summary>
    /// Registers the service's own PostgreSQL database (connection string <paramref name="connectionName"/>)
    /// with Aspire's telemetry, retries and health check, and applies its EF Core migrations on
    /// start-up; <c>/health</c> stays unhealthy until they are applied. Requests that find it
    /// unavailable answer 503, and POSTs with an <c>Idempotency-Key</c> take effect once (the key is
    /// kept in this database, with the effect).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DistrictDbContext
    {
        var connectionString = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured."));
        // No automatic preparation (Max Auto Prepare): under the contract fuzz pass, whose requests
        // make statements fail by the thousand, auto-prepared connections went out of step with the
        // server ("prepared statement _auto1 already exists", an unexpected DataRow) and later
        // requests on them failed. The grid's case reads prepare their one batch explicitly.

        // No service keeps session state (settings, temporary tables, session locks) on a
        // connection, so returning one to the pool needs no reset statement, which took PostgreSQL
        // about 3% of a case report's statement time.
        connectionString.NoResetOnClose = true;

        // A hung or restarting PostgreSQL must cost a request a second or two, not the 15 s and 30 s
        // of the defaults: the request then answers 503 with Retry-After (ProblemExceptionHandler),
        // and the readiness check fails as fast. DatabaseWatch empties the pool of connections the
        // frozen server holds, whose timeouts take longer (see there). A timed-out statement whose
        // cancellation reached the server does not wait for its acknowledgement either.
        var timeouts = builder.Configuration.GetSection(DatabaseTimeouts.Section).Get<DatabaseTimeouts>() ?? new DatabaseTimeouts();
        connectionString.Timeout = timeouts.ConnectSeconds;
        connectionString.CommandTimeout = timeouts.CommandSeconds;
        connectionString.CancellationTimeout = -1;
        builder.Services.AddSingleton(services => new DatabaseWatch(
            connectionString.ConnectionString, services.GetService<TimeProvider>() ?? TimeProvider.System, services.GetRequiredService<ILogger<DatabaseWatch>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseWatch>());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName, services => services.GetRequiredService<DatabaseWatch>(), HealthStatus.Unhealthy, tags: null));

        // Npgsql cancels a timed-out statement synchronously, holding a pool thread for twice the
        // connect timeout when the server is frozen; with the 2 threads a 2-core machine starts with,
        // such requests starved the rest (measured: requests ended together seconds late).
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), completionPorts);

        // Pooled contexts, options built once: a context and its internal services are reused, and
        // each scope leases one served to its own caller (see DistrictDbContext).
        builder.Services.AddPooledDbContextFactory<TContext>(options => options.UseNpgsql(connectionString.ConnectionString));
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()
            .ServeFor<TContext>(services.GetRequiredService<IDistrictContext>(), services.GetService<IdempotencyClaim>()));
        builder.Services.AddScoped<DistrictDbContext>(services => services.GetRequiredService<TContext>());
        // No EF retries: consumers retry whole messages (and the inbox makes that safe), HTTP
        // callers retry with an Idempotency-Key, and a retrying strategy forbids the explicit
        // transactions the outbox relay and inbox need.
        // Readiness comes from DatabaseWatch; the integration's own check waited out a connect timeout.
        builder.EnrichNpgsqlDbContext<TContext>(settings =>
        {
            settings.DisableRetry = true;
            settings.DisableHealthChecks = true;
        });

        builder.Services.AddTelemetrySource(NpgsqlTelemetrySource);
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddCallerPipelineStep(app => app.Use(MigrationGate<TContext>.InvokeAsync));
        builder.AddIdempotencyStore();

        builder.Services.AddSingleton<MigrationState<TContext>>();
        builder.Services.AddHostedService<MigrationRunner<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<MigrationHealthCheck<TContext>>($"{connectionName}-migrations");
        return builder;
    }
}

/// <summary>How long a service waits for its database (configuration section <c>Database</c>).</summary>
public sealed class DatabaseTimeouts
{
    public const string Section = "Database";

    /// <summary>Opening a connection, including waiting for a free one in the pool (whole seconds, as Npgsql takes them).</summary>
    public int ConnectSeconds { get; set; } = 1;

    /// <summary>One statement; bulk operations set a longer timeout on their own context.</summary>
    public int CommandSeconds { get; set; } = 2;
}

/// <summary>
/// Until the service's migrations are applied its tables may not exist, and a request then failed with
/// a 500 ("relation does not exist", measured on a platform started by <c>bench/feed.sh</c>, whose
/// gateway answered before the grid had its database). Such a request is told to come back instead.
/// </summary>
internal static class MigrationGate<TContext>
{
    private const string RetryAfterSeconds = "2";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || context.RequestServices.GetRequiredService<MigrationState<TContext>>().Applied)
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        await ProblemResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "The service is starting.",
            "Its database is being prepared (migrations); nothing was changed. Retry after the time in the Retry-After header.");
    }
}

internal sealed class MigrationState<TContext>
{
    public volatile bool Applied;
    public volatile string? LastError;
}

/// <summary>Applies pending migrations, retrying while the database is not reachable yet.</summary>
internal sealed partial class MigrationRunner<TContext>(
    IServiceScopeFactory scopes, MigrationState<TContext> state, ILogger<MigrationRunner<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
                // Building an index on a large table takes longer than a request may.
                database.SetCommandTimeout(TimeSpan.FromMinutes(10));
                await database.MigrateAsync(stoppingToken);
                state.Applied = true;
                state.LastError = null;
                LogApplied(typeof(TContext).Name);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                state.LastError = ex.Message;
                LogRetry(ex, typeof(TContext).Name, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 10));
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Migrations for {Context} applied")]
    private partial void LogApplied(string context);

    [LoggerMessage(LogLevel.Warning, "Migrating {Context} failed; retrying in {Seconds}s")]
    private partial void LogRetry(Exception ex, string context, double seconds);
}

internal sealed class MigrationHealthCheck<TContext>(MigrationState<TContext> state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Applied
            ? HealthCheckResult.Healthy("Migrations applied.")
            : HealthCheckResult.Unhealthy(state.LastError ?? "Migrations not applied yet."));
}
