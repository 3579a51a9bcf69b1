using System.Text.Json;
using Governance.BuildingBlocks.Data;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Inbox;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Inbox;

/// <summary>One of the caller's notifications.</summary>
/// <param name="Kind">registration-promoted, activity-cancelled, volunteer-assigned or case-changed.</param>
/// <param name="SubjectId">The registration, activity, need or case it is about.</param>
/// <param name="Facts">Ids and facts of what happened (no names or phones).</param>
public sealed record NotificationResponse(Guid Id, string Kind, Guid SubjectId, JsonElement Facts, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationResponse Of(Notification notification) => new(
        notification.Id, notification.Kind, notification.SubjectId, JsonDocument.Parse(notification.Facts).RootElement.Clone(), notification.CreatedAt, notification.ReadAt);
}

/// <param name="Marked">How many notifications this call marked read.</param>
public sealed record ReadAllResponse(int Marked);

/// <summary>The caller's own notifications: each person sees theirs alone, whatever their roles.</summary>
public static class Inbox
{
    public static RouteGroupBuilder MapInbox(this RouteGroupBuilder api)
    {
        var inbox = api.MapGroup("/inbox");
        inbox.MapGet("/", List).WithName("notifications-list-inbox").WithSummary("The caller's notifications, newest first; unread=true for the unread ones.");
        inbox.MapPost("/{id:guid}/read", Read).WithName("notifications-read-notification").WithSummary("Marks one of the caller's notifications read (again: no change).");
        inbox.MapPost("/read-all", ReadAll).WithName("notifications-read-all").WithSummary("Marks every unread notification of the caller read.");
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<NotificationResponse>>, ValidationProblem, ProblemHttpResult>> List(
        HttpContext http, NotificationsDbContext db, CancellationToken cancellationToken, bool? unread = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (RecipientOf(http) is not { } recipient)
        {
            return NoSubject();
        }

        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.Recipient == recipient);
        if (unread == true)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        return TypedResults.Ok(await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ToPageAsync(page, pageSize, NotificationResponse.Of, cancellationToken));
    }

    public static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> Read(
        Guid id, HttpContext http, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (RecipientOf(http) is not { } recipient)
        {
            return NoSubject();
        }

        // Another person's notification is as unknown as a missing one.
        if (await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.Recipient == recipient, cancellationToken) is not { } notification)
        {
            return ApiProblems.NotFound("notification", id);
        }

        notification.MarkRead(clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(NotificationResponse.Of(notification));
    }

    public static async Task<Results<Ok<ReadAllResponse>, ProblemHttpResult>> ReadAll(
        HttpContext http, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (RecipientOf(http) is not { } recipient)
        {
            return NoSubject();
        }

        var now = clock.Now();
        var marked = await db.Set<Notification>().Where(n => n.Recipient == recipient && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new ReadAllResponse(marked));
    }

    private static string? RecipientOf(HttpContext http) => http.User.FindFirst(DistrictCaller.SubjectClaim)?.Value;

    private static ProblemHttpResult NoSubject() =>
        ApiProblems.Forbidden("Notifications belong to a person: the token carries no subject (sub).");
}
