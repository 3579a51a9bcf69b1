using System.Globalization;
using System.Text;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Governance.BuildingBlocks.Messaging;

public sealed record RedriveRequest(string? MessageId, bool All);

public sealed record RedriveResponse(int Redriven);

/// <summary>
/// <c>/ops/messaging/errors</c>: the error-queue messages of this service, and their redrive.
/// Reached through the gateway at <c>/ops/{service}/messaging/errors</c> with the
/// <c>platform-ops</c> role; <c>scripts/ops.sh</c> wraps it.
/// </summary>
public static class MessagingOpsApi
{
    public static IEndpointRouteBuilder MapMessagingOps(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops/messaging/errors")
            .RequireAuthorization(Authentication.PlatformOpsPolicy)
            .WithTags("ops")
            .ExcludeFromDescription();
        ops.MapGet("/", ListAsync);
        ops.MapPost("/redrive", RedriveAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(ErrorQueues errors, TimeProvider clock, CancellationToken cancellationToken, string? format = null, int max = 100)
    {
        var messages = await errors.ListAsync(Math.Clamp(max, 1, 1000), cancellationToken);
        return format == "text" ? TypedResults.Text(AsTable(messages, clock.GetUtcNow())) : TypedResults.Ok(messages);
    }

    private static async Task<Results<Ok<RedriveResponse>, ValidationProblem>> RedriveAsync(
        RedriveRequest request, ErrorQueues errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.MessageId) == !request.All)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["messageId"] = ["Name one messageId, or set all to true (not both)."],
            });
        }

        var moved = await errors.RedriveAsync(request.All ? null : request.MessageId, cancellationToken);
        return TypedResults.Ok(new RedriveResponse(moved));
    }

    private static string AsTable(IReadOnlyList<ErrorQueueMessage> messages, DateTimeOffset now)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"QUEUE",-40} {"MESSAGE ID",-36} {"AGE",8}  {"TYPE",-40} ERROR");
        foreach (var m in messages)
        {
            var age = m.FailedAt is { } at ? Age(now - at) : "?";
            table.AppendLine(CultureInfo.InvariantCulture, $"{m.Queue,-40} {m.MessageId,-36} {age,8}  {m.MessageType,-40} {m.FirstErrorLine}");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"{messages.Count} message(s)");
        return table.ToString();
    }

    private static string Age(TimeSpan age) => age.TotalDays >= 1 ? $"{(int)age.TotalDays}d"
        : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h"
        : age.TotalMinutes >= 1 ? $"{(int)age.TotalMinutes}m"
        : $"{Math.Max(0, (int)age.TotalSeconds)}s";
}
