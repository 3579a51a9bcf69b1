namespace Governance.ServiceDefaults.Api;

/// <summary>One page of a list, with enough to draw a pager.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>Paging query parameters shared by every list endpoint: <c>page</c> from 1, <c>pageSize</c> up to 200.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The last page any list can have: beyond it the offset no longer fits an int.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static Dictionary<string, string[]> Errors(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"page must be between 1 and {MaxPage}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        return errors;
    }

    /// <summary>One page of rows already in memory (filtered where SQL cannot judge them), with the total count.</summary>
    public static PagedResponse<TItem> Page<TRow, TItem>(IReadOnlyList<TRow> rows, int? page, int? pageSize, Func<TRow, TItem> item)
    {
        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        return new PagedResponse<TItem>([.. rows.Skip((number - 1) * size).Take(size).Select(item)], number, size, rows.Count);
    }
}
