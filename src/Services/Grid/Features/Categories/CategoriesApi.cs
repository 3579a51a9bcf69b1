using Governance.ServiceDefaults.Security;

namespace Governance.Grid.Features.Categories;

public static class CategoriesApi
{
    public static RouteGroupBuilder MapCategories(this RouteGroupBuilder api)
    {
        var categories = api.MapGroup("/categories");
        categories.MapGet("/", ListCategories.Handle).WithSummary("The district's case categories: the default catalogue with the district's own changes and additions.");
        categories.MapGet("/{code}", GetCategory.Handle).WithSummary("One case category with its attributes.");
        categories.MapPost("/", CreateCategory.Handle).RequireRoleOrDistrictAdmin(Roles.DistrictAdmin)
            .WithSummary("Adds a case category to the district's catalogue.");
        categories.MapPut("/{code}", PutCategory.Handle).RequireRoleOrDistrictAdmin(Roles.DistrictAdmin)
            .WithSummary("Defines the category under code: adds it, or replaces the district's or the default definition.");
        return api;
    }
}
