using Governance.Grid.Domain.Categories;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Categories;

public sealed record AttributeChoiceRequest(string? Key, string? Name);

public sealed record CategoryAttributeRequest(
    string? Code, bool? Variable, AttributeDatatype? Datatype, bool? Required, string? DatatypeDescription, int? Order, string? Description,
    IReadOnlyList<AttributeChoiceRequest>? Values);

/// <summary>A case category: what residents may report, and the questions a report of it answers.</summary>
[RequestExample("""
    {"code": "street-lights", "name": "Street lights / 路灯", "description": "A street light that is out, flickering or damaged.",
     "group": "Public facilities", "keywords": ["路灯", "lamp"],
     "attributes": [{"code": "fault", "variable": true, "datatype": "singlevaluelist", "required": true, "datatypeDescription": null, "order": 1,
                     "description": "What is wrong with the light?", "values": [{"key": "off", "name": "Not lit"}, {"key": "flickering", "name": "Flickering"}]}]}
    """)]
public sealed record CategoryRequest(
    string? Code, string? Name, string? Description, string? Group, IReadOnlyList<string>? Keywords, IReadOnlyList<CategoryAttributeRequest>? Attributes)
{
    /// <summary>The definition asked for; absent flags take GeoReport's defaults (a variable, optional attribute).</summary>
    public CategoryDefinition ToDefinition(string? code = null) => new(
        (code ?? Code ?? "").Trim(),
        Name?.Trim() ?? "",
        string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        string.IsNullOrWhiteSpace(Group) ? null : Group.Trim(),
        Keywords?.Select(k => k?.Trim() ?? "").ToList() ?? [],
        // A null entry (JSON allows one) becomes an empty field, which the definition's rules then refuse by name.
        (Attributes ?? []).Select((a, i) => new CategoryField(
            a?.Code?.Trim() ?? "", a?.Variable ?? true, a?.Datatype ?? AttributeDatatype.String, a?.Required ?? false,
            string.IsNullOrWhiteSpace(a?.DatatypeDescription) ? null : a.DatatypeDescription.Trim(), a?.Order ?? i + 1, a?.Description?.Trim() ?? "",
            (a?.Values ?? []).Select(v => new AttributeChoice(v?.Key?.Trim() ?? "", v?.Name?.Trim() ?? "")).ToList()))
            .OrderBy(a => a.Order).ToList());
}

public sealed record CategoryResponse(
    string Code, string Name, string? Description, string? Group, IReadOnlyList<string> Keywords, IReadOnlyList<CategoryField> Attributes)
{
    public static CategoryResponse From(CategoryDefinition d) => new(d.Code, d.Name, d.Description, d.Group, d.Keywords, d.Attributes);
}
