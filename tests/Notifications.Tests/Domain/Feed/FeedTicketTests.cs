using Governance.Notifications.Domain.Feed;
using Governance.ServiceDefaults.Security;

namespace Governance.Notifications.Tests.Domain.Feed;

public class FeedTicketTests
{
    [Fact]
    public void A_ticket_is_kept_only_as_its_hash_and_lasts_a_minute()
    {
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

        var (ticket, value) = FeedTicket.Issue("lunan", "user-1", now);

        Assert.StartsWith("feed_", value, StringComparison.Ordinal);
        Assert.DoesNotContain(value, ticket.Hash, StringComparison.Ordinal);
        Assert.Equal(SecretTokens.HashOf(value), ticket.Hash);
        Assert.Equal((now.AddSeconds(60), "lunan"), (ticket.ExpiresAt, ticket.District));
    }
}
