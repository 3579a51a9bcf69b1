using Governance.Notifications.Domain.Items;

namespace Governance.Notifications.Features.Items;

/// <summary>An item as clients see it; the entity itself never leaves the service.</summary>
public sealed record ItemResponse(Guid Id, string Name, ItemStatus Status, string? ClosingReason, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt)
{
    public static ItemResponse From(Item item) => new(item.Id, item.Name, item.Status, item.ClosingReason, item.CreatedAt, item.ClosedAt);
}
