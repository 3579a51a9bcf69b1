using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Grid.Domain.Cases;

namespace Governance.Grid.Domain.Categories;

/// <summary>The kinds of value a category attribute takes: GeoReport v2's datatypes, which Open311 clients render as form fields.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are GeoReport v2's datatype names, which clients send and read.")]
public enum AttributeDatatype
{
    String,
    Number,
    Datetime,
    Text,
    Singlevaluelist,
    Multivaluelist,
}

/// <summary>One choice of a list attribute.</summary>
public sealed record AttributeChoice(string Key, string Name);

/// <summary>
/// A question a report of the category answers. <see cref="Variable"/> false marks an informational
/// line a client shows without asking for a value (GeoReport v2's meaning).
/// </summary>
public sealed record CategoryField(
    string Code, bool Variable, AttributeDatatype Datatype, bool Required, string? DatatypeDescription, int Order, string Description,
    IReadOnlyList<AttributeChoice> Values)
{
    public bool IsList => Datatype is AttributeDatatype.Singlevaluelist or AttributeDatatype.Multivaluelist;
}

/// <summary>A case category of a district's catalogue: what residents may report and what a report of it must say.</summary>
public sealed partial record CategoryDefinition(
    string Code, string Name, string? Description, string? Group, IReadOnlyList<string> Keywords, IReadOnlyList<CategoryField> Attributes)
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;
    public const int MaxGroupLength = 100;
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 50;
    public const int MaxAttributes = 20;
    public const int MaxValues = 50;
    public const int MaxValueLength = 200;

    /// <summary>What is wrong with the definition, by field; empty when it can be stored.</summary>
    public IReadOnlyDictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        void Add(string field, string problem) =>
            problems[field] = problems.TryGetValue(field, out var known) ? [.. known, problem] : [problem];

        if (!IsSlug(Code, CaseRules.MaxCategoryLength))
        {
            Add("code", $"code must be a lowercase slug such as 'road-damage' of at most {CaseRules.MaxCategoryLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxNameLength)
        {
            Add("name", $"name is required, at most {MaxNameLength} characters.");
        }

        if (Description?.Length > MaxDescriptionLength || Group?.Length > MaxGroupLength)
        {
            Add(Description?.Length > MaxDescriptionLength ? "description" : "group", "Too long.");
        }

        if (Keywords.Count > MaxKeywords || Keywords.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > MaxKeywordLength || k.Contains(',', StringComparison.Ordinal)))
        {
            Add("keywords", $"At most {MaxKeywords} keywords of 1 to {MaxKeywordLength} characters, without commas (GeoReport lists them comma-separated).");
        }

        if (Attributes.Count > MaxAttributes)
        {
            Add("attributes", $"At most {MaxAttributes} attributes.");
        }

        foreach (var code in Attributes.GroupBy(a => a.Code).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            Add("attributes", $"Attribute code '{code}' is used twice.");
        }

        for (var i = 0; i < Attributes.Count; i++)
        {
            var attribute = Attributes[i];
            var field = $"attributes[{i}]";
            if (!IsSlug(attribute.Code, CaseRules.MaxCategoryLength))
            {
                Add($"{field}.code", "code must be a lowercase slug such as 'pole-number'.");
            }

            if (string.IsNullOrWhiteSpace(attribute.Description) || attribute.Description.Length > MaxDescriptionLength)
            {
                Add($"{field}.description", $"description is required (the question a client asks), at most {MaxDescriptionLength} characters.");
            }

            if (attribute.IsList != attribute.Values.Count > 0)
            {
                Add($"{field}.values", attribute.IsList ? "A list attribute needs its values." : "Only list attributes have values.");
            }

            if (attribute.Values.Count > MaxValues || attribute.Values.Select(v => v.Key).Distinct().Count() != attribute.Values.Count
                || attribute.Values.Any(v => string.IsNullOrWhiteSpace(v.Key) || string.IsNullOrWhiteSpace(v.Name) || v.Key.Length > MaxValueLength || v.Name.Length > MaxValueLength))
            {
                Add($"{field}.values", $"At most {MaxValues} values, each with a distinct key and a name of at most {MaxValueLength} characters.");
            }

            if (attribute.Required && !attribute.Variable)
            {
                Add($"{field}.required", "An informational attribute (variable false) takes no value, so it cannot be required.");
            }
        }

        return problems;
    }

    /// <summary>
    /// What is wrong with a report's answers (<c>attribute[code]</c>, several for a multivaluelist), by attribute code;
    /// empty when they fit. Answers to unknown attributes are refused rather than dropped, so a client's mistake shows.
    /// </summary>
    public IReadOnlyDictionary<string, string> CheckAnswers(IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        var problems = new Dictionary<string, string>();
        foreach (var code in answers.Keys.Where(code => !Attributes.Any(a => a.Variable && a.Code == code)))
        {
            problems[code] = $"Service '{Code}' has no attribute '{code}'.";
        }

        foreach (var attribute in Attributes.Where(a => a.Variable))
        {
            var given = answers.TryGetValue(attribute.Code, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() : [];
            if (given.Count == 0)
            {
                if (attribute.Required)
                {
                    problems[attribute.Code] = $"Attribute '{attribute.Code}' ({attribute.Description}) is required.";
                }

                continue;
            }

            if (AnswerProblem(attribute, given) is { } problem)
            {
                problems[attribute.Code] = problem;
            }
        }

        return problems;
    }

    private static string? AnswerProblem(CategoryField attribute, List<string> given)
    {
        if (attribute.Datatype != AttributeDatatype.Multivaluelist && given.Count > 1)
        {
            return $"Attribute '{attribute.Code}' takes one value.";
        }

        var value = given[0];
        return attribute.Datatype switch
        {
            AttributeDatatype.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                $"Attribute '{attribute.Code}' is a number, not '{value}'.",
            AttributeDatatype.Datetime when !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                $"Attribute '{attribute.Code}' is a date and time such as 2026-11-30T09:15:00+08:00, not '{value}'.",
            AttributeDatatype.String when value.Length > MaxValueLength =>
                $"Attribute '{attribute.Code}' takes at most {MaxValueLength} characters.",
            AttributeDatatype.Text when value.Length > CaseRules.MaxTextLength =>
                $"Attribute '{attribute.Code}' takes at most {CaseRules.MaxTextLength} characters.",
            AttributeDatatype.Singlevaluelist or AttributeDatatype.Multivaluelist when given.FirstOrDefault(v => attribute.Values.All(c => c.Key != v)) is { } unknown =>
                $"Attribute '{attribute.Code}' takes one of {string.Join(", ", attribute.Values.Select(c => c.Key))}, not '{unknown}'.",
            _ => null,
        };
    }

    private static bool IsSlug(string? value, int maxLength) =>
        value is not null && value.Length <= maxLength && SlugPattern().IsMatch(value);

    [GeneratedRegex(CaseRules.SlugPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
