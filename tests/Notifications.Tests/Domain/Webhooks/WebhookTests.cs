using System.Net;
using Governance.Notifications.Domain.Webhooks;

namespace Governance.Notifications.Tests.Domain.Webhooks;

public class WebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("case")]
    [InlineData("case-escalated place wish activity volunteers registration-promoted")]
    public void Feed_families_and_full_types_are_accepted(string types) =>
        Assert.Null(Webhook.RefuseTypes(types.Split(' ')));

    [Fact]
    public void Unknown_missing_and_personal_types_are_refused_naming_the_allowed_ones()
    {
        Assert.Contains("'gossip' is not a type of change", Webhook.RefuseTypes(["case", "gossip"]), StringComparison.Ordinal);
        Assert.Contains("case, wish, activity, volunteers, place", Webhook.RefuseTypes(["gossip"]), StringComparison.Ordinal);
        Assert.StartsWith("types is required", Webhook.RefuseTypes(null), StringComparison.Ordinal);
        Assert.StartsWith("types is required", Webhook.RefuseTypes([]), StringComparison.Ordinal);
        Assert.Contains("personal", Webhook.RefuseTypes(["notification"]), StringComparison.Ordinal);
        Assert.NotNull(Webhook.RefuseTypes(["case", null]));
        Assert.NotNull(Webhook.RefuseTypes(["case,wish"]));
    }

    [Fact]
    public void A_webhook_wants_the_types_and_families_it_named_while_it_is_active()
    {
        var webhook = Webhook.Register(new Uri("https://ops.example.org/hook"), ["case", "place-closed", "case"], "0123456789abcdef", Now);

        Assert.Equal(["case", "place-closed"], webhook.Types);
        Assert.True(webhook.Wants("case-escalated"));
        Assert.True(webhook.Wants("place-closed"));
        Assert.False(webhook.Wants("place-opened"));

        webhook.Delete(Now.AddHours(1));
        webhook.Delete(Now.AddHours(2));

        Assert.Equal((WebhookStatus.Deleted, (DateTimeOffset?)Now.AddHours(1)), (webhook.Status, webhook.DeletedAt));
        Assert.False(webhook.Wants("case-escalated"));
        Assert.NotNull(webhook.RefuseRedelivery());
    }

    [Theory]
    [InlineData(null, false, "required")]
    [InlineData("/relative", false, "absolute https")]
    [InlineData("ftp://ops.example.org/hook", false, "absolute https")]
    [InlineData("http://ops.example.org/hook", false, "must use https")]
    [InlineData("https://user:pw@ops.example.org/hook", false, "user name")]
    [InlineData("https://ops.example.org/hook#x", false, "fragment")]
    public void Urls_that_are_not_absolute_https_are_refused(string? url, bool allowPrivate, string reason) =>
        Assert.Contains(reason, WebhookTargets.RefuseUrl(url, allowPrivate), StringComparison.Ordinal);

    [Fact]
    public void Plain_http_is_allowed_only_where_private_targets_are()
    {
        Assert.Null(WebhookTargets.RefuseUrl("https://ops.example.org/hook", false));
        Assert.Null(WebhookTargets.RefuseUrl("http://127.0.0.1:5000/hook", true));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_private_link_local_and_unique_local_addresses_are_private(string address) =>
        Assert.True(WebhookTargets.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_not(string address) =>
        Assert.False(WebhookTargets.IsPrivate(IPAddress.Parse(address)));
}
