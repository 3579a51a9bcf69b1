using System.Security.Cryptography;
using System.Text.Json;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Governance.ServiceDefaults.Idempotency;

/// <summary>
/// A POST carrying an <c>Idempotency-Key</c> runs once: the first response is kept in Redis and
/// replayed to retries with the same key and body, so a frontend retrying after a timeout never
/// creates anything twice. Keys are scoped to the caller's district and subject.
/// </summary>
public static class IdempotencyMiddleware
{
    private const string InFlightMarker = "in-flight";

    public static IHostApplicationBuilder AddIdempotency(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IdempotencyOptions>(builder.Configuration.GetSection(IdempotencyOptions.Section));
        return builder;
    }

    public static WebApplication UseIdempotency(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<IdempotencyOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method)
                && context.Request.Headers.ContainsKey(IdempotencyOptions.HeaderName)
                && context.User.Identity?.IsAuthenticated == true,
            branch => branch.Use(HandleAsync));
        return app;
    }

    private static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[IdempotencyOptions.HeaderName].ToString();
        if (key.Length is 0 or > 128 || key.Any(c => c is < '!' or > '~'))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key.",
                "The Idempotency-Key header must be 1 to 128 visible ASCII characters, such as a UUID.");
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<IdempotencyOptions>>().Value;
        var redis = context.RequestServices.GetRequiredService<IConnectionMultiplexer>();
        var caller = DistrictCaller.From(context.User);
        var subject = context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "-";
        var redisKey = $"idempotency:{caller.District ?? "city"}:{subject}:{key}";
        var fingerprint = await FingerprintAsync(context.Request);

        IDatabase db;
        StoredResponse? previous;
        try
        {
            db = redis.GetDatabase();
            var locked = await db.StringSetAsync(redisKey, $"{InFlightMarker}:{fingerprint}", options.InFlightLock, When.NotExists);
            previous = locked ? null : StoredResponse.Parse(await db.StringGetAsync(redisKey));
            if (!locked && previous is null)
            {
                await Problem(context, StatusCodes.Status409Conflict, "Request still in progress.",
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
                return;
            }
        }
        catch (RedisException)
        {
            // Without the store a retry could create a duplicate, so refuse rather than guess.
            context.Response.Headers.RetryAfter = "5";
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "Idempotency store unavailable.",
                "Requests with an Idempotency-Key cannot be accepted right now; retry shortly.");
            return;
        }

        if (previous is not null)
        {
            await ReplayAsync(context, previous, fingerprint);
            return;
        }

        await RunAndStoreAsync(context, next, db, redisKey, fingerprint, options);
    }

    private static async Task RunAndStoreAsync(
        HttpContext context, RequestDelegate next, IDatabase db, string redisKey, string fingerprint, IdempotencyOptions options)
    {
        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var stored = false;
        try
        {
            await next(context);
            var response = context.Response;
            if (response.StatusCode < 500 && buffer.Length <= options.MaxStoredBodyBytes)
            {
                var snapshot = new StoredResponse(fingerprint, response.StatusCode, response.ContentType,
                    response.Headers.Location.ToString(), Convert.ToBase64String(buffer.ToArray()));
                await db.StringSetAsync(redisKey, JsonSerializer.Serialize(snapshot), options.Retention);
                stored = true;
            }
        }
        finally
        {
            if (!stored)
            {
                // A failed or unstorable attempt must not block the client's retry.
                await db.KeyDeleteAsync(redisKey, CommandFlags.FireAndForget);
            }

            context.Response.Body = originalBody;
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
        }
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse previous, string fingerprint)
    {
        if (previous.Fingerprint != fingerprint)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.",
                "This Idempotency-Key was already used for a different request.");
            return;
        }

        context.Response.StatusCode = previous.Status;
        context.Response.ContentType = previous.ContentType;
        if (!string.IsNullOrEmpty(previous.Location))
        {
            context.Response.Headers.Location = previous.Location;
        }

        context.Response.Headers[IdempotencyOptions.ReplayedHeaderName] = "true";
        await context.Response.Body.WriteAsync(Convert.FromBase64String(previous.Body));
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

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        ProblemResponse.WriteAsync(context, status, title, detail);

    private sealed record StoredResponse(string Fingerprint, int Status, string? ContentType, string? Location, string Body)
    {
        public static StoredResponse? Parse(RedisValue value) =>
            value.IsNullOrEmpty || value.ToString().StartsWith(InFlightMarker, StringComparison.Ordinal)
                ? null
                : JsonSerializer.Deserialize<StoredResponse>(value.ToString());
    }
}
