using System.Net;
using Governance.EndToEnd.Tests.Services.Events;

namespace Governance.EndToEnd.Tests.Services.Notifications;

/// <summary>Personal notifications: what the inbox keeps for one person, and the feed shows to them alone.</summary>
public class InboxTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_waitlisted_registrant_moved_up_is_told_in_their_inbox_and_on_their_feed_and_nobody_else_is()
    {
        var scenario = new EventsScenario(platform, "inbox-e2e");
        await scenario.BuildAsync(lon: 119.3);
        var first = await platform.TokenAsync(scenario.District, ["resident"], "inbox-first");
        var waiting = await platform.TokenAsync(scenario.District, ["resident"], "inbox-waiting");
        var activity = await scenario.CreatePublishedAsync(EventsScenario.Lecture(scenario.Community, capacity: 1));
        var (_, seat) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{activity}/registrations", first, new { name = "Li Na", phone = "13800000001" });
        var (_, queued) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{activity}/registrations", waiting, new { name = "Zhao Lei", phone = "13800000002" });
        Assert.Equal("waitlisted", queued.GetProperty("status").GetString());
        await using var waitingFeed = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed?types=notification", waiting);
        await using var firstFeed = await FeedStream.FollowAsync(platform.Gateway, "/api/notifications/feed?types=notification", first);

        var (cancelled, _) = await scenario.SendAsync(HttpMethod.Post, $"/api/events/{activity}/registrations/{seat.GetProperty("id").GetGuid()}/cancel", first);
        Assert.Equal(HttpStatusCode.OK, cancelled);

        var registration = queued.GetProperty("id").GetGuid();
        var frame = await waitingFeed.NextAsync(f => f.Event == "notification" && f.Data.GetProperty("kind").GetString() == "registration-promoted", Patience);
        Assert.Equal((activity, registration), (frame.Data.GetProperty("activityId").GetGuid(), frame.Data.GetProperty("registrationId").GetGuid()));
        Assert.DoesNotContain("Zhao", frame.Data.ToString(), StringComparison.Ordinal);

        var (listed, inbox) = await platform.SendAsync(HttpMethod.Get, "/api/notifications/inbox?unread=true", waiting);
        Assert.Equal(HttpStatusCode.OK, listed);
        var notification = Assert.Single(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "registration-promoted");
        Assert.Equal(registration, notification.GetProperty("subjectId").GetGuid());
        var id = notification.GetProperty("id").GetGuid();

        // Another person's notification is as unknown to them as a missing one, in the inbox and on the feed.
        var (othersInbox, theirs) = await platform.SendAsync(HttpMethod.Get, "/api/notifications/inbox", first);
        Assert.Equal(HttpStatusCode.OK, othersInbox);
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Post, $"/api/notifications/inbox/{id}/read", first)).Status);
        Assert.DoesNotContain(await firstFeed.DrainAsync(TimeSpan.FromSeconds(2)), f => f.Data.ToString().Contains(registration.ToString(), StringComparison.Ordinal));

        var (read, marked) = await platform.SendAsync(HttpMethod.Post, $"/api/notifications/inbox/{id}/read", waiting);
        Assert.Equal(HttpStatusCode.OK, read);
        var readAt = marked.GetProperty("readAt").GetDateTimeOffset();
        var (_, again) = await platform.SendAsync(HttpMethod.Post, $"/api/notifications/inbox/{id}/read", waiting);
        Assert.Equal(readAt, again.GetProperty("readAt").GetDateTimeOffset());
        var (_, unread) = await platform.SendAsync(HttpMethod.Get, "/api/notifications/inbox?unread=true", waiting);
        Assert.DoesNotContain(unread.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
        var (allRead, count) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/inbox/read-all", waiting);
        Assert.Equal((HttpStatusCode.OK, 0), (allRead, count.GetProperty("marked").GetInt32()));
    }

    [Fact]
    public async Task Paging_past_the_end_or_out_of_range_is_answered_cleanly()
    {
        var token = await platform.TokenAsync("inbox-e2e-paging", ["resident"], "inbox-pager");

        var (huge, _) = await platform.SendAsync(HttpMethod.Get, $"/api/notifications/inbox?page={int.MaxValue}", token);
        var (last, empty) = await platform.SendAsync(HttpMethod.Get, "/api/notifications/inbox?page=10000", token);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK, 0), (huge, last, empty.GetProperty("items").GetArrayLength()));
    }
}
