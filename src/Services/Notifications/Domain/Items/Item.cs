using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;

namespace Governance.Notifications.Domain.Items;

public enum ItemStatus
{
    Open,
    Closed,
}

/// <summary>
/// The domain's first record, to be replaced by the real one: open → closed, closing needs a reason,
/// and a closed item stays closed. The rules live here, in plain C#, tested without I/O.
/// </summary>
public sealed class Item : IDistrictOwned
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;

    private Item()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    public ItemStatus Status { get; private set; }

    public string? ClosingReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): of two closes racing for the item only one commits.</summary>
    public uint Version { get; private set; }

    public static Item Open(string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Status = ItemStatus.Open,
        CreatedAt = now,
    };

    public DomainError? Close(string reason, DateTimeOffset now)
    {
        if (Status == ItemStatus.Closed)
        {
            return DomainError.WrongState(Status, $"Item '{Name}' was closed at {ClosedAt:O}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return DomainError.Rule("reason: closing an item needs a reason.");
        }

        Status = ItemStatus.Closed;
        ClosingReason = reason.Trim();
        ClosedAt = now;
        return null;
    }
}
