using Governance.Notifications.Domain.Items;
using Governance.ServiceDefaults.Domain;

namespace Governance.Notifications.Tests.Domain.Items;

/// <summary>The item's rules, without I/O.</summary>
public sealed class ItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_opened_item_is_open_with_its_name_trimmed()
    {
        var item = Item.Open("  Lamp post 12  ", Now);

        Assert.Equal((ItemStatus.Open, "Lamp post 12", Now), (item.Status, item.Name, item.CreatedAt));
    }

    [Fact]
    public void Closing_records_the_reason_and_the_moment()
    {
        var item = Item.Open("Lamp post 12", Now);

        Assert.Null(item.Close(" repaired ", Now.AddHours(2)));
        Assert.Equal((ItemStatus.Closed, "repaired", Now.AddHours(2)), (item.Status, item.ClosingReason, item.ClosedAt));
    }

    [Fact]
    public void A_closed_item_cannot_be_closed_again()
    {
        var item = Item.Open("Lamp post 12", Now);
        item.Close("repaired", Now);

        var refused = item.Close("again", Now.AddHours(1));

        Assert.Equal((DomainErrorKind.WrongState, "closed"), (refused?.Kind, refused?.State));
        Assert.Equal("repaired", item.ClosingReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Closing_without_a_reason_is_refused(string reason)
    {
        var item = Item.Open("Lamp post 12", Now);

        Assert.Equal(DomainErrorKind.Rule, item.Close(reason, Now)?.Kind);
        Assert.Equal(ItemStatus.Open, item.Status);
    }
}
