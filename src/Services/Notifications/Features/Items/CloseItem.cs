using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Contracts.Notifications;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Items;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Notifications.Features.Items;

public sealed record CloseItemRequest(string? Reason);

public sealed class CloseItemValidator : AbstractValidator<CloseItemRequest>
{
    public CloseItemValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Item.MaxReasonLength);
    }
}

public static class CloseItem
{
    /// <summary>Load, act, save: 404 for an unknown id, 409 when closed already or closed by another request meanwhile.</summary>
    public static Task<Results<Ok<ItemResponse>, ProblemHttpResult>> Handle(
        Guid id, CloseItemRequest request, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.ChangeAsync<Item, ItemResponse>("item", id, item =>
        {
            var now = clock.GetUtcNow();
            if (item.Close(request.Reason!, now) is { } refused)
            {
                return refused;
            }

            db.Raise(new ItemClosed(Guid.CreateVersion7(now), item.District, now, item.Id, item.ClosingReason!), item.Id);
            return null;
        }, ItemResponse.From, cancellationToken);
}
