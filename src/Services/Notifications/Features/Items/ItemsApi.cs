using Governance.ServiceDefaults.Api;

namespace Governance.Notifications.Features.Items;

public static class ItemsApi
{
    public static RouteGroupBuilder MapItems(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/items");
        items.MapPost("/", OpenItem.Handle).Validate<OpenItemRequest>().WithSummary("Opens an item in the caller's district.");
        items.MapGet("/", ListItems.Handle).WithSummary("The district's items, newest first, a page at a time.");
        items.MapGet("/{id:guid}", GetItem.Handle).WithSummary("One item of the caller's district.");
        items.MapPost("/{id:guid}/close", CloseItem.Handle).Validate<CloseItemRequest>().WithSummary("Closes an open item, with a reason.");
        return api;
    }
}
