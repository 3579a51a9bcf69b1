using FluentValidation;
using Governance.Contracts.Places;
using Governance.Places.Data;
using Governance.Places.Domain.Items;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Items;

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
    public static async Task<Results<Ok<ItemResponse>, ProblemHttpResult>> Handle(
        Guid id, CloseItemRequest request, PlacesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var item = await db.Set<Item>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound("item", id);
        }

        var now = clock.GetUtcNow();
        if (item.Close(request.Reason!, now) is { } refused)
        {
            return ApiProblems.From(refused);
        }

        db.Raise(new ItemClosed(Guid.CreateVersion7(now), item.District, now, item.Id, item.ClosingReason!), item.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another close committed between our read and our write: the item is closed, once.
            return ApiProblems.Conflict("The item changed meanwhile.", $"Item '{id}' was closed by another request; read it again.");
        }

        return TypedResults.Ok(ItemResponse.From(item));
    }
}
