using Governance.Notifications.Data;
using Governance.Notifications.Domain.Items;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Items;

public static class GetItem
{
    public static async Task<Results<Ok<ItemResponse>, ProblemHttpResult>> Handle(Guid id, NotificationsDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Item>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
            ? TypedResults.Ok(ItemResponse.From(item))
            : ApiProblems.NotFound("item", id);
}
