using Governance.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Governance.BuildingBlocks.Data;

public static class PagedQueries
{
    /// <summary>
    /// One page of an ordered query (<c>page</c> from 1, <c>pageSize</c> as <see cref="Paging"/> allows; the
    /// caller checked both with <see cref="Paging.Errors"/>), with the total count for a pager.
    /// </summary>
    public static async Task<PagedResponse<TItem>> ToPageAsync<TRow, TItem>(
        this IOrderedQueryable<TRow> query, int? page, int? pageSize, Func<TRow, TItem> item, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResponse<TItem>([.. rows.Select(item)], number, size, total);
    }
}
