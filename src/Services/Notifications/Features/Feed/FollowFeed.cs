using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Feed;

/// <summary>
/// <c>GET /api/notifications/feed</c>: the caller's district as Server-Sent Events. The caller shows a
/// token (Authorization header) or a ticket (<c>?ticket=</c>, see <see cref="FeedTickets"/>). A
/// reconnecting client's <c>Last-Event-ID</c> replays what it missed from the database, then the
/// stream follows <see cref="FeedHub"/>; ids are contiguous per district, so a hole between the replay
/// and the live frames is noticed and filled from the database too.
/// </summary>
public static class FollowFeed
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private const int ReplayBatch = 500;

    public static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        HttpContext http, NotificationsDbContext db, FeedHub hub, TimeProvider clock,
        string? types, Guid? unitId, string? ticket, [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        [FromQuery(Name = "lastEventId")] string? lastEventIdParameter, CancellationToken cancellationToken)
    {
        var (filter, error) = FeedFilter.Parse(types, unitId);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["types"] = [error!] });
        }

        var district = DistrictCaller.From(http.User).District;
        var subject = http.User.FindFirst(DistrictCaller.SubjectClaim)?.Value;
        if (district is null && http.User.Identity?.IsAuthenticated != true && ticket is not null)
        {
            (district, subject) = await FeedTickets.RedeemAsync(db, ticket, clock.GetUtcNow(), cancellationToken) ?? default;
            if (district is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unknown ticket.",
                    detail: "The ticket is unknown, used or expired (each is good for one connection within 60 s); ask POST /api/notifications/feed-tickets for a new one.");
            }

            http.ActFor(district);
        }

        if (district is null)
        {
            return TypedResults.Problem(statusCode: http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                title: "A district's token or ticket is required.",
                detail: "The feed is a district's: send a district token as a Bearer Authorization header, or a ticket from POST /api/notifications/feed-tickets as ?ticket=.");
        }

        // A new EventSource (after a ticket was used up) cannot set the header, so the id may come as a parameter.
        await StreamAsync(http, db, hub, new Follower(district, subject, filter), lastEventId ?? lastEventIdParameter, cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>Who follows the feed and what they asked to see.</summary>
    private sealed record Follower(string District, string? Subject, FeedFilter Filter)
    {
        public bool Sees(FeedEntry entry) => entry.IsFor(Subject) && Filter.Matches(entry.Type, entry.Where);
    }

    private static async Task StreamAsync(
        HttpContext http, NotificationsDbContext db, FeedHub hub, Follower follower, string? lastEventId, CancellationToken cancellationToken)
    {
        var district = follower.District;
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx buffer responses unless told not to.
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // Listening starts before the replay is read, so nothing committed meanwhile is missed.
        using var listener = hub.Listen(district);
        var (latest, oldestKept) = await FeedLog.BoundsAsync(db, district, cancellationToken);
        var resumption = Resumption.For(lastEventId, oldestKept, latest);
        var cursor = resumption.After;
        if (resumption.Reset)
        {
            await WriteAsync(response, $"id: {Id(latest)}\nevent: reset\ndata: {new JsonObject { ["latest"] = latest, ["reason"] = "The feed no longer holds every change after the id you sent; reload what you show, then follow from here." }.ToJsonString()}\n\n", cancellationToken);
        }
        else
        {
            await response.Body.FlushAsync(cancellationToken);
        }

        cursor = await CatchUpAsync(response, db, follower, cursor, cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                beat.CancelAfter(Heartbeat);
                try
                {
                    if (!await listener.Frames.WaitToReadAsync(beat.Token))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    await WriteAsync(response, ": heartbeat\n\n", cancellationToken);
                    continue;
                }

                while (listener.Frames.TryRead(out var entry))
                {
                    if (entry.Id <= cursor)
                    {
                        continue;
                    }

                    if (entry.Id > cursor + 1)
                    {
                        cursor = await CatchUpAsync(response, db, follower, cursor, cancellationToken);
                        continue;
                    }

                    await WriteEntryAsync(response, entry, follower, cancellationToken);
                    cursor = entry.Id;
                }

                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (FeedOverflowException)
        {
            // The client reconnects with its Last-Event-ID and replays from the database.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    /// <summary>Writes every frame after <paramref name="cursor"/> from the database; returns the last id read.</summary>
    private static async Task<long> CatchUpAsync(HttpResponse response, NotificationsDbContext db, Follower follower, long cursor, CancellationToken cancellationToken)
    {
        List<FeedEntry> batch;
        do
        {
            batch = await FeedLog.AfterAsync(db, follower.District, cursor, ReplayBatch, cancellationToken);
            foreach (var entry in batch)
            {
                await WriteEntryAsync(response, entry, follower, cancellationToken);
                cursor = entry.Id;
            }
        }
        while (batch.Count == ReplayBatch);

        await response.Body.FlushAsync(cancellationToken);
        return cursor;
    }

    private static Task WriteEntryAsync(HttpResponse response, FeedEntry entry, Follower follower, CancellationToken cancellationToken) =>
        follower.Sees(entry)
            ? WriteAsync(response, $"id: {Id(entry.Id)}\nevent: {entry.Type}\ndata: {Data(entry)}\n\n", cancellationToken)
            : Task.CompletedTask;

    /// <summary>The frame's data: its type and time, the change's facts, and where it happened.</summary>
    public static string Data(FeedEntry entry)
    {
        var data = new JsonObject { ["id"] = entry.Id, ["type"] = entry.Type, ["occurredAt"] = entry.OccurredAt };
        foreach (var (name, value) in JsonNode.Parse(entry.Facts)!.AsObject().ToList())
        {
            data[name] = value?.DeepClone();
        }

        data["unitId"] = entry.UnitId;
        data["gridId"] = entry.GridId;
        data["communityId"] = entry.CommunityId;
        data["streetId"] = entry.StreetId;
        data["band"] = entry.Band;
        return data.ToJsonString();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken) =>
        response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask();
}
