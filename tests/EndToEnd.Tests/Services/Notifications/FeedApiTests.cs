using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Notifications;

/// <summary>The live district feed through the gateway, against the notifications service at two replicas.</summary>
public class FeedApiTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static int grids;

    /// <summary>A district's admin token and a grid to report cases in.</summary>
    private async Task<(string Token, Guid Grid, Guid Community, Guid Street)> DistrictAsync(string district)
    {
        var token = await platform.TokenAsync(district, ["district-admin"], $"{district}-admin");
        var (street, community) = await platform.CreateCommunityAsync(token, "Feed");
        var grid = await platform.CreateGridAsync(token, community, 116.0 + (Interlocked.Increment(ref grids) * 0.02), 40.5);
        return (token, grid, community, street);
    }

    private async Task<Guid> ReportAsync(string token, Guid grid, string title = "Bins overflowing")
    {
        var (status, body) = await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", token, new
        {
            category = "garbage", title, description = "Bins overflowing since Monday.", gridId = grid,
            reporter = new { name = "Wang Fang", phone = "13812345678" },
        });
        Assert.True(status == HttpStatusCode.Created, $"POST /api/grid/cases: {(int)status} {body}");
        return body.GetProperty("id").GetGuid();
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {Patience}.");
            await Task.Delay(100);
        }
    }

    private static Func<FeedFrame, bool> About(Guid caseId, string type = "case-reported") =>
        frame => frame.Event == type && frame.Data.TryGetProperty("caseId", out var id) && id.GetGuid() == caseId;

    [Fact]
    public async Task Each_district_sees_its_own_changes_placed_on_the_ladder_without_personal_data()
    {
        var (token, grid, community, street) = await DistrictAsync("feed-e2e-a");
        var (otherToken, otherGrid, _, _) = await DistrictAsync("feed-e2e-b");
        await using var feed = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed", token);
        await using var otherFeed = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed", otherToken);

        var reported = await ReportAsync(token, grid);
        var frame = await feed.NextAsync(About(reported), Patience);

        Assert.NotNull(frame.Id);
        Assert.Equal((grid, community, street, "green", "garbage"), (frame.Data.GetProperty("gridId").GetGuid(), frame.Data.GetProperty("communityId").GetGuid(),
            frame.Data.GetProperty("streetId").GetGuid(), frame.Data.GetProperty("band").GetString(), frame.Data.GetProperty("category").GetString()));
        Assert.DoesNotContain("Wang", frame.Data.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", frame.Data.ToString(), StringComparison.Ordinal);

        // The other district hears of its own case and never of this one.
        var theirs = await ReportAsync(otherToken, otherGrid);
        await otherFeed.NextAsync(About(theirs), Patience);
        Assert.DoesNotContain(await otherFeed.DrainAsync(TimeSpan.FromSeconds(1)), f => f.Data.ToString().Contains(reported.ToString(), StringComparison.Ordinal));
        var seenByOther = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed", otherToken, lastEventId: "0");
        await using (seenByOther)
        {
            Assert.DoesNotContain(await seenByOther.DrainAsync(TimeSpan.FromSeconds(2)), f => f.Data.ToString().Contains(reported.ToString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_client_that_resumes_with_last_event_id_gets_exactly_the_frames_it_missed_in_order()
    {
        var (token, grid, _, _) = await DistrictAsync("feed-e2e-resume");
        long lastSeen;
        await using (var feed = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed?types=case", token))
        {
            var first = await ReportAsync(token, grid, "First");
            lastSeen = (await feed.NextAsync(About(first), Patience)).Id!.Value;
        }

        var missed = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add(await ReportAsync(token, grid, $"Missed {i}"));
        }

        // Wait until the feed holds them all, seen from a fresh client.
        await using (var watcher = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed?types=case", token, lastEventId: lastSeen.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            await UntilAsync(() => missed.All(id => watcher.Received.Any(About(id))));
        }

        await using var resumed = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed?types=case", token,
            lastEventId: lastSeen.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var replayed = await resumed.DrainAsync(TimeSpan.FromSeconds(2));

        // The feed's order is the order the district's changes were recorded in, which for separate cases
        // need not be the order they were reported in; what matters is that none is missing or repeated.
        Assert.Equal(missed.Order(), replayed.Where(f => f.Event == "case-reported").Select(f => f.Data.GetProperty("caseId").GetGuid()).Order());
        Assert.Equal(Enumerable.Range(1, replayed.Count).Select(i => lastSeen + i), replayed.Select(f => f.Id!.Value));

        // An id this feed never gave out resets the client to now instead of replaying anything.
        await using var stray = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed", token, lastEventId: "999999999");
        Assert.Equal("reset", (await stray.NextAsync(_ => true, Patience)).Event);
    }

    [Fact]
    public async Task Clients_on_either_replica_get_every_change_once_in_the_same_order()
    {
        var (token, grid, _, _) = await DistrictAsync("feed-e2e-replicas");
        var feeds = new List<FeedStream>();
        for (var i = 0; i < 4; i++)
        {
            feeds.Add(await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed?types=case-reported", token));
        }

        try
        {
            var reported = new List<Guid>();
            for (var i = 0; i < 6; i++)
            {
                reported.Add(await ReportAsync(token, grid, $"Bins {i}"));
            }

            // Every client saw the same frames, each case once, under the same ids, whichever replica it was connected to.
            (long? Id, Guid Case)[] Cases(FeedStream feed) =>
                [.. feed.Received.Select(f => (f.Id, Case: f.Data.GetProperty("caseId").GetGuid())).Where(f => reported.Contains(f.Case))];
            foreach (var feed in feeds)
            {
                await UntilAsync(() => Cases(feed).Length >= reported.Count);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            var expected = Cases(feeds[0]);
            Assert.Equal(reported.Order(), expected.Select(f => f.Case).Order());
            Assert.All(feeds, feed => Assert.Equal(expected, Cases(feed)));
        }
        finally
        {
            foreach (var feed in feeds)
            {
                await feed.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_browser_opens_the_feed_with_a_single_use_ticket_instead_of_a_token()
    {
        var (token, grid, _, _) = await DistrictAsync("feed-e2e-ticket");
        var (issued, ticket) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/feed-tickets", token);
        Assert.True(issued == HttpStatusCode.Created, $"{issued}: {ticket}");
        var url = ticket.GetProperty("feedUrl").GetString()!;
        Assert.StartsWith("/api/notifications/feed?ticket=feed_", url, StringComparison.Ordinal);

        var (status, contentType, stream, body) = await FeedStream.OpenAsync(platform.Gateway, url);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
        Assert.Equal("text/event-stream", contentType);
        await using (stream)
        {
            var reported = await ReportAsync(token, grid);
            await stream!.NextAsync(About(reported), Patience);
        }

        var (reused, _, _, refusal) = await FeedStream.OpenAsync(platform.Gateway, url);
        Assert.Equal(HttpStatusCode.Unauthorized, reused);
        Assert.Contains("ticket", JsonDocument.Parse(refusal).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_or_with_an_unknown_type_the_feed_answers_a_problem()
    {
        var token = await platform.TokenAsync("feed-e2e-problems");

        var (anonymous, _, _, _) = await FeedStream.OpenAsync(platform.Gateway, "/api/notifications/feed");
        var (unknownType, _, _, problem) = await FeedStream.OpenAsync(platform.Gateway, "/api/notifications/feed?types=cases", token);
        var (badTicket, _, _, _) = await FeedStream.OpenAsync(platform.Gateway, "/api/notifications/feed?ticket=feed_%00%E2%80%AE");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest), (anonymous, unknownType));
        Assert.InRange((int)badTicket, 400, 499);
        Assert.Contains("case, wish, activity", JsonDocument.Parse(problem).RootElement.GetProperty("errors").GetProperty("types")[0].GetString(), StringComparison.Ordinal);
    }
}
