using Governance.BuildingBlocks.Data;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Items;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Items;

public static class ListItems
{
    public static async Task<Results<Ok<PagedResponse<ItemResponse>>, ValidationProblem>> Handle(
        NotificationsDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await db.Set<Item>().AsNoTracking().OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToPageAsync(page, pageSize, ItemResponse.From, cancellationToken));
    }
}
