using Governance.Notifications.Domain.Webhooks;

namespace Governance.Notifications.Tests.Domain.Webhooks;

public class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static readonly WebhookRetryPolicy Policy = WebhookRetryPolicy.Default;

    private static WebhookDelivery NewDelivery() =>
        WebhookDelivery.Create(Guid.NewGuid(), "lunan", 42, "case-reported", """{"id":42}""", Created);

    [Fact]
    public void A_new_delivery_is_pending_and_due_at_once()
    {
        var delivery = NewDelivery();

        Assert.Equal((WebhookDeliveryStatus.Pending, 0, Created), (delivery.Status, delivery.Attempts, delivery.NextAttemptAt));
        Assert.True(delivery.IsDue(Created));
    }

    [Fact]
    public void The_backoff_doubles_from_the_minimum_and_stops_at_the_maximum()
    {
        Assert.Equal(
            [10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600],
            Enumerable.Range(1, 11).Select(n => Policy.DelayAfter(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(1), Policy.DelayAfter(int.MaxValue));
    }

    [Fact]
    public void A_failed_attempt_is_retried_after_the_backoff_and_keeps_what_the_endpoint_said()
    {
        var delivery = NewDelivery();

        delivery.Failed(503, "The endpoint answered 503 Service Unavailable.", Created.AddSeconds(1), Policy);
        delivery.Failed(null, "No answer within 10 s.", Created.AddSeconds(21), Policy);

        Assert.Equal(WebhookDeliveryStatus.Retrying, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.Null(delivery.LastStatusCode);
        Assert.Equal("No answer within 10 s.", delivery.LastError);
        Assert.Equal(Created.AddSeconds(41), delivery.NextAttemptAt);
        Assert.False(delivery.IsDue(Created.AddSeconds(40)));
        Assert.True(delivery.IsDue(Created.AddSeconds(41)));
    }

    [Fact]
    public void A_delivery_that_keeps_failing_is_parked_once_the_next_try_would_leave_the_retry_window()
    {
        var delivery = NewDelivery();
        var now = Created;
        while (delivery.Status != WebhookDeliveryStatus.Parked)
        {
            now = delivery.NextAttemptAt!.Value;
            delivery.Failed(500, "The endpoint answered 500 Internal Server Error.", now, Policy);
        }

        Assert.True(now <= Created + Policy.GiveUpAfter);
        Assert.True(now + TimeSpan.FromHours(1) > Created + Policy.GiveUpAfter);
        Assert.Null(delivery.NextAttemptAt);
        Assert.False(delivery.IsDue(now.AddDays(1)));
    }

    [Fact]
    public void A_success_records_the_answer_and_ends_the_retries()
    {
        var delivery = NewDelivery();
        delivery.Failed(502, "The endpoint answered 502 Bad Gateway.", Created, Policy);

        delivery.Succeeded(204, Created.AddSeconds(10));

        Assert.Equal((WebhookDeliveryStatus.Delivered, 2, 204, (string?)null, (DateTimeOffset?)null, (DateTimeOffset?)Created.AddSeconds(10)),
            (delivery.Status, delivery.Attempts, delivery.LastStatusCode, delivery.LastError, delivery.NextAttemptAt, delivery.DeliveredAt));
    }

    [Fact]
    public void Redeliver_sends_it_again_now_with_a_fresh_retry_window()
    {
        var delivery = NewDelivery();
        var parkedAt = Created + Policy.GiveUpAfter;
        delivery.Failed(500, "500", parkedAt, Policy);
        Assert.Equal(WebhookDeliveryStatus.Parked, delivery.Status);

        var later = parkedAt.AddDays(2);
        delivery.Redeliver(later);

        Assert.Equal((WebhookDeliveryStatus.Pending, 0, (DateTimeOffset?)later), (delivery.Status, delivery.Attempts, delivery.NextAttemptAt));
        Assert.True(delivery.IsDue(later));
        delivery.Failed(500, "500", later, Policy);
        Assert.Equal((WebhookDeliveryStatus.Retrying, (DateTimeOffset?)later.AddSeconds(10)), (delivery.Status, delivery.NextAttemptAt));
    }

    [Fact]
    public void A_delivery_of_a_deleted_webhook_is_parked_unless_it_was_already_made()
    {
        var waiting = NewDelivery();
        var made = NewDelivery();
        made.Succeeded(200, Created);

        waiting.Abandon("The webhook was deleted.");
        made.Abandon("The webhook was deleted.");

        Assert.Equal((WebhookDeliveryStatus.Parked, "The webhook was deleted."), (waiting.Status, waiting.LastError));
        Assert.Equal(WebhookDeliveryStatus.Delivered, made.Status);
    }

    [Fact]
    public void A_long_error_is_cut_to_what_the_table_keeps()
    {
        var delivery = NewDelivery();

        delivery.Failed(null, new string('x', 2000), Created, Policy);

        Assert.Equal(WebhookDelivery.MaxErrorLength, delivery.LastError!.Length);
    }
}
