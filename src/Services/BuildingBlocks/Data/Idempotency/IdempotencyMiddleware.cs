using System.Security.Cryptography;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Governance.BuildingBlocks.Data.Idempotency;

/// <summary>
/// A POST carrying an <c>Idempotency-Key</c> takes effect once: the key is written with the
/// effect, in the service's own database and the same transaction (see <see cref="IdempotencyRecord"/>),
/// and the first response is replayed to retries with the same key and body. Keys are scoped to
/// the caller's district and subject. Nothing here depends on a cache that can vanish.
/// </summary>
internal static partial class IdempotencyMiddleware
{
    /// <summary>Keeps Idempotency-Keys with the service's data; called by <c>AddServiceDatabase</c>.</summary>
    internal static IHostApplicationBuilder AddIdempotencyStore(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IdempotencyOptions>(builder.Configuration.GetSection(IdempotencyOptions.Section));
        builder.Services.AddScoped<IdempotencyClaim>();
        builder.Services.AddHostedService<IdempotencyRecordPruner>();
        builder.Services.AddCallerPipelineStep(UseIdempotency);
        return builder;
    }

    private static void UseIdempotency(WebApplication app) =>
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method)
                && context.Request.Headers.ContainsKey(IdempotencyOptions.HeaderName)
                && context.User.Identity?.IsAuthenticated == true,
            branch => branch.Use(HandleAsync));

    private static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[IdempotencyOptions.HeaderName].ToString();
        if (key.Length is 0 or > 128 || key.Any(c => c is < '!' or > '~'))
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key.",
                "The Idempotency-Key header must be 1 to 128 visible ASCII characters, such as a UUID.");
            return;
        }

        var services = context.RequestServices;
        var db = services.GetRequiredService<DistrictDbContext>();
        var scope = ScopeOf(context);
        var fingerprint = await FingerprintAsync(context.Request);
        if (await FindAsync(db, scope, key, context.RequestAborted) is { } previous)
        {
            await ReplayAsync(context, previous, fingerprint);
            return;
        }

        var record = new IdempotencyRecord
        {
            Scope = scope, Key = key, Fingerprint = fingerprint, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var claim = services.GetRequiredService<IdempotencyClaim>();
        claim.Begin(record);
        await RunAndStoreAsync(context, next, db, claim, record);
    }

    private static async Task RunAndStoreAsync(HttpContext context, RequestDelegate next, DistrictDbContext db, IdempotencyClaim claim, IdempotencyRecord record)
    {
        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var keyTakenMeanwhile = false;
        try
        {
            try
            {
                await next(context);
            }
            catch (DbUpdateException ex) when (IsKeyTaken(ex))
            {
                keyTakenMeanwhile = true;
            }
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        // Another request with this key committed first, and this one's effect was rolled back
        // with its key; however the handler answered that failure, the caller learns the truth.
        if (keyTakenMeanwhile || (claim.Attempted && !claim.Written))
        {
            var winner = await FindAsync(db, record.Scope, record.Key, CancellationToken.None);
            if (winner is not null || keyTakenMeanwhile)
            {
                context.Response.Clear();
                await ReplayAsync(context, winner, record.Fingerprint);
                return;
            }
        }

        if (claim.Written)
        {
            await StoreResponseAsync(context, db, record, buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    /// <summary>Adds the response to the committed key. If that fails the effect stands, and a retry is told it was applied.</summary>
    private static async Task StoreResponseAsync(HttpContext context, DistrictDbContext db, IdempotencyRecord record, MemoryStream buffer)
    {
        var response = context.Response;
        var options = context.RequestServices.GetRequiredService<IOptions<IdempotencyOptions>>().Value;
        var body = buffer.Length <= options.MaxStoredBodyBytes ? buffer.ToArray() : null;
        var location = response.Headers.Location.ToString();
        try
        {
            await db.Set<IdempotencyRecord>()
                .Where(r => r.Scope == record.Scope && r.Key == record.Key)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.Status, response.StatusCode)
                    .SetProperty(r => r.ContentType, response.ContentType)
                    .SetProperty(r => r.Location, location.Length == 0 ? null : location)
                    .SetProperty(r => r.Body, body), CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or DbUpdateException or InvalidOperationException or TimeoutException)
        {
            LogResponseNotStored(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdempotencyMiddleware)), ex, record.Key);
        }
    }

    private static Task<IdempotencyRecord?> FindAsync(DistrictDbContext db, string scope, string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord? previous, string fingerprint)
    {
        if (previous is not null && previous.Fingerprint != fingerprint)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.",
                "This Idempotency-Key was already used for a different request.");
            return;
        }

        if (previous is not { Status: { } status, Body: { } body })
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status409Conflict, "Request already applied.",
                "A request with this Idempotency-Key has taken effect, and its response is not available "
                + "(it is still being written, or was too large to keep). Read the resource instead of retrying.");
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = previous.ContentType;
        if (!string.IsNullOrEmpty(previous.Location))
        {
            context.Response.Headers.Location = previous.Location;
        }

        context.Response.Headers[IdempotencyOptions.ReplayedHeaderName] = "true";
        await context.Response.Body.WriteAsync(body);
    }

    private static bool IsKeyTaken(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "idempotency_records" };

    private static string ScopeOf(HttpContext context)
    {
        var caller = DistrictCaller.From(context.User);
        var subject = context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "-";
        return $"{caller.District ?? "city"}:{subject}";
    }

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    [LoggerMessage(LogLevel.Warning, "The response to Idempotency-Key {Key} was not stored; its effect stands, and a retry will be told so")]
    private static partial void LogResponseNotStored(ILogger logger, Exception ex, string key);
}
