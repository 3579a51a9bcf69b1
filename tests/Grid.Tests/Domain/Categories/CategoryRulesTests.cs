using Governance.Grid.Domain.Categories;

namespace Governance.Grid.Tests.Domain.Categories;

public class CategoryRulesTests
{
    private static readonly CategoryDefinition Lights = CategoryCatalogue.Defaults.Single(d => d.Code == "street-lights");

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Code, string Value)[] answers) =>
        answers.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(a => a.Value).ToList());

    [Fact]
    public void The_default_catalogue_is_valid_and_has_typical_categories_with_a_required_list_and_an_optional_text_attribute()
    {
        Assert.All(CategoryCatalogue.Defaults, d => Assert.Empty(d.Problems()));
        Assert.True(CategoryCatalogue.Defaults.Count >= 8);
        Assert.Contains(CategoryCatalogue.Defaults, d => d.Attributes.Any(a => a is { Datatype: AttributeDatatype.Singlevaluelist, Required: true }));
        Assert.Contains(CategoryCatalogue.Defaults, d => d.Attributes.Any(a => a is { Datatype: AttributeDatatype.Text, Required: false }));
    }

    [Fact]
    public void A_district_category_replaces_the_default_of_its_code_and_adds_the_others()
    {
        var own = Lights with { Name = "路灯", Attributes = [] };
        var added = new CategoryDefinition("stray-dogs", "Stray dogs", null, null, [], []);

        var catalogue = CategoryCatalogue.Of([own, added]);

        Assert.Equal(CategoryCatalogue.Defaults.Count + 1, catalogue.Count);
        Assert.Equal("路灯", catalogue.Single(d => d.Code == "street-lights").Name);
        Assert.Contains(added, catalogue);
    }

    [Fact]
    public void Only_a_default_or_a_category_the_district_defined_is_known_and_the_refusal_names_the_known_ones()
    {
        Assert.True(CategoryCatalogue.Knows("road-damage", definedByDistrict: false));
        Assert.True(CategoryCatalogue.Knows("stray-dogs", definedByDistrict: true));
        Assert.False(CategoryCatalogue.Knows("stray-dogs", definedByDistrict: false));

        var error = CategoryCatalogue.Unknown("stray-dogs", CategoryCatalogue.Defaults);
        Assert.Contains("road-damage", error.Detail, StringComparison.Ordinal);
        Assert.Contains("'stray-dogs'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_needs_a_slug_code_a_name_distinct_attribute_codes_and_values_exactly_for_lists()
    {
        var broken = new CategoryDefinition("Street Lights", "", null, null, ["a,b"],
        [
            new CategoryField("fault", true, AttributeDatatype.Singlevaluelist, true, null, 1, "What?", []),
            new CategoryField("fault", true, AttributeDatatype.Text, false, null, 2, "Say", [new AttributeChoice("x", "X")]),
            new CategoryField("note", false, AttributeDatatype.Text, true, null, 3, "Info", []),
        ]);

        var problems = broken.Problems();

        Assert.Equal(["code", "name", "keywords", "attributes", "attributes[0].values", "attributes[1].values", "attributes[2].required"], problems.Keys);
    }

    [Fact]
    public void Answers_fit_when_required_ones_are_given_and_list_values_are_known_keys()
    {
        Assert.Empty(Lights.CheckAnswers(Answers(("fault", "off"), ("pole-number", "A-17"))));
        Assert.Empty(Lights.CheckAnswers(Answers(("fault", "flickering"))));
    }

    [Fact]
    public void A_missing_required_answer_an_unknown_key_an_unknown_attribute_and_two_values_for_a_single_list_are_refused()
    {
        Assert.Equal(["fault"], Lights.CheckAnswers(Answers(("pole-number", "A-17"))).Keys);
        Assert.Contains("not 'broken'", Lights.CheckAnswers(Answers(("fault", "broken")))["fault"], StringComparison.Ordinal);
        Assert.Equal(["colour"], Lights.CheckAnswers(Answers(("fault", "off"), ("colour", "red"))).Keys);
        Assert.Contains("one value", Lights.CheckAnswers(Answers(("fault", "off"), ("fault", "damaged")))["fault"], StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_and_datetimes_are_checked_and_a_multivaluelist_takes_several_known_keys()
    {
        var definition = new CategoryDefinition("survey", "Survey", null, null, [],
        [
            new CategoryField("count", true, AttributeDatatype.Number, false, null, 1, "How many?", []),
            new CategoryField("seen", true, AttributeDatatype.Datetime, false, null, 2, "When?", []),
            new CategoryField("kinds", true, AttributeDatatype.Multivaluelist, false, null, 3, "Which?", [new("a", "A"), new("b", "B")]),
        ]);

        Assert.Empty(definition.CheckAnswers(Answers(("count", "2.5"), ("seen", "2026-11-30T09:15:00+08:00"), ("kinds", "a"), ("kinds", "b"))));
        Assert.Empty(definition.CheckAnswers(Answers(("seen", "2026-11-30T01:15:00Z"))));
        Assert.Equal(["count", "seen", "kinds"],
            definition.CheckAnswers(Answers(("count", "two"), ("seen", "yesterday"), ("kinds", "a"), ("kinds", "c"))).Keys);
    }
}
