using System.Net;

namespace Governance.EndToEnd.Tests.Services.Cases;

/// <summary>The case category catalogue: defaults for every district, the district's own categories, and cases checked against it.</summary>
public class CategoriesApiTests(PlatformFixture platform)
{
    private const string District = "categories-e2e";

    private static object Report(Guid gridId, string category) => CasesApiTests.NewCase(gridId, category);

    [Fact]
    public async Task A_new_district_has_the_default_catalogue_and_a_case_of_an_unknown_category_is_422_naming_the_known_ones()
    {
        var token = await platform.TokenAsync("categories-fresh");
        var (status, categories) = await platform.SendAsync(HttpMethod.Get, "/api/grid/categories", token);

        Assert.Equal(HttpStatusCode.OK, status);
        var codes = categories.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Contains("road-damage", codes);
        Assert.Contains("street-lights", codes);
        Assert.True(codes.Count >= 8, string.Join(", ", codes));
        var lights = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "street-lights");
        var fault = lights.GetProperty("attributes").EnumerateArray().First();
        Assert.Equal(("fault", "singlevaluelist", true), (fault.GetProperty("code").GetString(), fault.GetProperty("datatype").GetString(), fault.GetProperty("required").GetBoolean()));

        var (_, community) = await platform.CreateCommunityAsync(token, "Categories");
        var grid = await platform.CreateGridAsync(token, community, 118.3, 39.1);
        var (refused, problem) = await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", token, Report(grid, "stray-dogs"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Contains("road-damage", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", token, Report(grid, "garbage"))).Status);
    }

    [Fact]
    public async Task A_district_admin_adds_and_redefines_categories_and_cases_of_its_own_ones_are_accepted()
    {
        var admin = await platform.TokenAsync(District);
        var worker = await platform.TokenAsync(District, ["grid-worker"], "categories-worker");
        var dogs = new
        {
            code = "stray-dogs", name = "Stray dogs / 流浪犬", description = "Stray or dangerous dogs.", group = "Community affairs", keywords = new[] { "狗" },
            attributes = new[]
            {
                new { code = "count", variable = true, datatype = "number", required = false, order = 1, description = "How many dogs?", values = Array.Empty<object>() },
            },
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await platform.SendAsync(HttpMethod.Post, "/api/grid/categories", worker, dogs)).Status);
        var (created, body) = await platform.SendAsync(HttpMethod.Post, "/api/grid/categories", admin, dogs);
        Assert.True(created == HttpStatusCode.Created, $"{created}: {body}");
        Assert.Equal("number", body.GetProperty("attributes")[0].GetProperty("datatype").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await platform.SendAsync(HttpMethod.Post, "/api/grid/categories", admin, dogs)).Status);

        var (_, community) = await platform.CreateCommunityAsync(admin, "Categories");
        var grid = await platform.CreateGridAsync(admin, community, 118.5, 39.1);
        Assert.Equal(HttpStatusCode.Created, (await platform.SendAsync(HttpMethod.Post, "/api/grid/cases", worker, Report(grid, "stray-dogs"))).Status);

        var (put, renamed) = await platform.SendAsync(HttpMethod.Put, "/api/grid/categories/noise", admin, new { name = "噪音扰民", group = "Environment" });
        Assert.True(put == HttpStatusCode.OK, $"{put}: {renamed}");
        var (_, noise) = await platform.SendAsync(HttpMethod.Get, "/api/grid/categories/noise", worker);
        Assert.Equal("噪音扰民", noise.GetProperty("name").GetString());

        var (invalid, problem) = await platform.SendAsync(HttpMethod.Post, "/api/grid/categories", admin, new
        {
            code = "Bad Code", name = "",
            attributes = new[] { new { code = "kind", datatype = "singlevaluelist", description = "Which?" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Equal(["attributes[0].values", "code", "name"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Get, "/api/grid/categories/unknown", admin)).Status);
    }
}
