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

    public static Dictionary<string, string[]> Errors(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }
        else if (page is { } number && ((long)number - 1) * (pageSize ?? DefaultPageSize) > int.MaxValue)
        {
            // Lists skip (page - 1) * pageSize rows as an int: past this page that count overflows.
            var size = pageSize ?? DefaultPageSize;
            errors["page"] = [$"page is at most {(int.MaxValue / size) + 1L} with a pageSize of {size}."];
        }

        return errors;
    }
}
