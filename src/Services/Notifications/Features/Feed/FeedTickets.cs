using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Feed;

/// <summary>A single-use ticket to open the feed with, for clients (browsers' <c>EventSource</c>) that cannot send a token.</summary>
/// <param name="Ticket">Pass as <c>?ticket=</c> to <c>GET /api/notifications/feed</c> within a minute; it opens one connection.</param>
/// <param name="ExpiresAt">When the ticket stops working if unused.</param>
/// <param name="FeedUrl">The feed's path with the ticket, relative to the gateway.</param>
public sealed record FeedTicketResponse(string Ticket, DateTimeOffset ExpiresAt, string FeedUrl);

public static class FeedTickets
{
    public static async Task<Results<Created<FeedTicketResponse>, ProblemHttpResult>> Issue(
        HttpContext http, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = DistrictCaller.From(http.User).District;
        var subject = http.User.FindFirst(DistrictCaller.SubjectClaim)?.Value;
        if (district is null || subject is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A district's token is required.",
                detail: "A feed ticket stands in for a token of one district with a subject (sub); city-wide tokens follow each district's feed with their token.");
        }

        var (ticket, value) = FeedTicket.Issue(district, subject, clock.GetUtcNow());
        db.Set<FeedTicket>().Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created((string?)null, new FeedTicketResponse(value, ticket.ExpiresAt, $"/api/notifications/feed?ticket={value}"));
    }

    private sealed record Holder(string District, string Subject);

    /// <summary>Uses a ticket up: the district and subject it stands for, or null for a ticket unknown, used or expired.</summary>
    internal static async Task<(string District, string Subject)?> RedeemAsync(NotificationsDbContext db, string ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.HashOf(ticket);
        // One statement takes and deletes it: two connections racing with one ticket cannot both win.
        var holders = await db.Database.SqlQuery<Holder>($"""
            DELETE FROM feed_tickets WHERE "Hash" = {hash} AND "ExpiresAt" > {now} RETURNING "District", "Subject"
            """).ToListAsync(cancellationToken);
        return holders is [var holder] ? (holder.District, holder.Subject) : null;
    }
}
