namespace Governance.Notifications.Features.Feed;

public static class FeedApi
{
    public static RouteGroupBuilder MapFeed(this RouteGroupBuilder api)
    {
        // The gateway passes the feed on without a token (EventSource sends none); the handler accepts a token or a ticket.
        api.MapGet("/feed", FollowFeed.Handle)
            .AllowAnonymous()
            .WithName("notifications-follow-feed")
            .WithSummary("The district's changes as Server-Sent Events (text/event-stream); resume with Last-Event-ID.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        api.MapPost("/feed-tickets", FeedTickets.Issue)
            .WithName("notifications-issue-feed-ticket")
            .WithSummary("A single-use ticket, valid for 60 s, to open the feed from a browser's EventSource.");
        return api;
    }
}
