using System.Text.Json.Nodes;
using Governance.Notifications.Domain.Feed;
using Governance.Notifications.Features.Feed;

namespace Governance.Notifications.Features.Webhooks;

/// <summary>What a delivery carries: the frame exactly as the feed shows it, plus its district (a receiver may serve several).</summary>
internal static class WebhookBody
{
    public static string Of(FeedEntry entry)
    {
        var body = JsonNode.Parse(FollowFeed.Data(entry))!.AsObject();
        body["district"] = entry.District;
        return body.ToJsonString();
    }
}
