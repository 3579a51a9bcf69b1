using FluentValidation;
using Governance.Contracts.Notifications;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Items;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Notifications.Features.Items;

public sealed record OpenItemRequest(string? Name);

public sealed class OpenItemValidator : AbstractValidator<OpenItemRequest>
{
    public OpenItemValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Item.MaxNameLength);
    }
}

public static class OpenItem
{
    public static async Task<Created<ItemResponse>> Handle(
        OpenItemRequest request, NotificationsDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("open an item");
        var now = clock.GetUtcNow();
        var item = Item.Open(request.Name!, now);
        db.Set<Item>().Add(item);
        // The event commits with the item (the outbox), so subscribers hear of every item, even when the broker is down.
        db.Raise(new ItemOpened(Guid.CreateVersion7(now), district, now, item.Id, item.Name), item.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/{NotificationsServices.Domain}/items/{item.Id}", ItemResponse.From(item));
    }
}
