using Governance.Grid.Data;
using Governance.BuildingBlocks.Data;
using Governance.Grid.Domain.Categories;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Categories;

/// <summary>Reads of a district's catalogue, shared by the categories API, case reports and Open311.</summary>
public static class CategoryQueries
{
    /// <summary>The catalogue of the district the context is scoped to: defaults merged with its own categories.</summary>
    public static async Task<IReadOnlyList<CategoryDefinition>> CatalogueAsync(this GridDbContext db, CancellationToken cancellationToken) =>
        CategoryCatalogue.Of(await db.Set<DistrictCategory>().AsNoTracking().Select(c => c.Definition).ToListAsync(cancellationToken));
}

public static class ListCategories
{
    public static async Task<Ok<List<CategoryResponse>>> Handle(GridDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.CatalogueAsync(cancellationToken)).Select(CategoryResponse.From).ToList());
}

public static class GetCategory
{
    public static async Task<Results<Ok<CategoryResponse>, ProblemHttpResult>> Handle(string code, GridDbContext db, CancellationToken cancellationToken) =>
        (await db.CatalogueAsync(cancellationToken)).FirstOrDefault(d => d.Code == code) is { } definition
            ? TypedResults.Ok(CategoryResponse.From(definition))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Category not found.", detail: $"No category '{code}' in your district's catalogue.");
}

public static class CreateCategory
{
    public static async Task<Results<Created<CategoryResponse>, ProblemHttpResult>> Handle(
        CategoryRequest request, GridDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        districts.RequireDistrict("change its case categories");
        var definition = request.ToDefinition();
        if (definition.Problems() is { Count: > 0 } problems)
        {
            return ApiProblems.Unprocessable(problems.ToDictionary());
        }

        if ((await db.CatalogueAsync(cancellationToken)).Any(d => d.Code == definition.Code))
        {
            return ApiProblems.Conflict("Category exists.", $"Category '{definition.Code}' is already in your district's catalogue; PUT /api/grid/categories/{definition.Code} changes it.");
        }

        db.Set<DistrictCategory>().Add(DistrictCategory.Define(definition, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsLostRace())
        {
            return ApiProblems.Conflict("Category exists.", $"Category '{definition.Code}' was added to your district's catalogue meanwhile.");
        }

        return TypedResults.Created($"/api/grid/categories/{definition.Code}", CategoryResponse.From(definition));
    }
}

public static class PutCategory
{
    /// <summary>Defines the category under <paramref name="code"/>, adding it or replacing the district's (or the default) definition.</summary>
    public static async Task<Results<Ok<CategoryResponse>, ProblemHttpResult>> Handle(
        string code, CategoryRequest request, GridDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        districts.RequireDistrict("change its case categories");
        if (request.Code is { } bodyCode && bodyCode.Trim() != code)
        {
            return ApiProblems.Unprocessable($"The body's code '{bodyCode}' differs from the path's '{code}'; a category's code cannot change.");
        }

        var definition = request.ToDefinition(code);
        if (definition.Problems() is { Count: > 0 } problems)
        {
            return ApiProblems.Unprocessable(problems.ToDictionary());
        }

        var now = clock.GetUtcNow();
        if (await db.Set<DistrictCategory>().FirstOrDefaultAsync(c => c.Code == code, cancellationToken) is { } own)
        {
            own.Redefine(definition, now);
        }
        else
        {
            db.Set<DistrictCategory>().Add(DistrictCategory.Define(definition, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsLostRace())
        {
            return ApiProblems.Conflict("The category changed meanwhile.", $"Category '{code}' was defined by another request meanwhile; read it again and retry.");
        }

        return TypedResults.Ok(CategoryResponse.From(definition));
    }
}
