using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;

namespace Governance.Grid.Domain.Categories;

/// <summary>A category a district added to its catalogue, or one of the defaults it changed.</summary>
public sealed class DistrictCategory : IDistrictOwned
{
    private DistrictCategory()
    {
    }

    public string District { get; set; } = "";

    public string Code { get; private set; } = "";

    public CategoryDefinition Definition { get; private set; } = null!;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static DistrictCategory Define(CategoryDefinition definition, DateTimeOffset now) =>
        new() { Code = definition.Code, Definition = definition, UpdatedAt = now };

    public void Redefine(CategoryDefinition definition, DateTimeOffset now)
    {
        Definition = definition with { Code = Code };
        UpdatedAt = now;
    }
}

/// <summary>
/// Every district starts from the default catalogue, categories typical of 数字城管; a category the
/// district defines under a default's code replaces it. The defaults are not copied into each
/// district's rows, so a district's first report needs no seeding write (and two first reports
/// cannot race over one), and a district that changed nothing follows the defaults as they improve.
/// </summary>
public static class CategoryCatalogue
{
    private static readonly AttributeChoice[] LightFaults =
        [new("off", "Not lit / 不亮"), new("flickering", "Flickering / 闪烁"), new("on-by-day", "Lit by day / 白天亮灯"), new("damaged", "Pole or lamp damaged / 灯杆损坏")];

    public static readonly IReadOnlyList<CategoryDefinition> Defaults =
    [
        Category("road-damage", "Road damage / 道路破损", "Potholes, broken paving, sunken or cracked road surface.", "Roads and traffic", ["pothole", "坑洼", "路面"]),
        Category("street-lights", "Street lights / 路灯", "A street light that is out, flickering or damaged.", "Public facilities", ["路灯", "lamp"],
            new CategoryField("fault", true, AttributeDatatype.Singlevaluelist, true, null, 1, "What is wrong with the light?", LightFaults),
            new CategoryField("pole-number", true, AttributeDatatype.String, false, "The number painted on the pole, if any.", 2, "Pole number", [])),
        Category("garbage", "Garbage / 垃圾", "Litter, overflowing bins, dumped rubbish or construction waste.", "Environment and sanitation", ["litter", "垃圾", "bins"]),
        Category("illegal-parking", "Illegal parking / 违章停车", "Vehicles blocking pavements, fire lanes or entrances.", "Roads and traffic", ["违停", "parking"],
            new CategoryField("plate", true, AttributeDatatype.Text, false, "The vehicle's number plate, if visible.", 1, "Number plate", [])),
        Category("water-leak", "Water leak / 漏水", "Burst pipes or water running from mains or hydrants.", "Water and drainage", ["漏水", "pipe"]),
        Category("drainage", "Drainage / 排水", "Blocked drains, missing manhole covers, standing water.", "Water and drainage", ["井盖", "下水道", "flooding"]),
        Category("noise", "Noise / 噪音", "Noise from building sites, businesses or loudspeakers.", "Environment and sanitation", ["噪音", "扰民"]),
        Category("greenery", "Greenery / 绿化", "Damaged trees, overgrown or trampled green spaces.", "Environment and sanitation", ["绿化", "trees"]),
        Category("public-facilities", "Public facilities / 公共设施", "Broken benches, fitness equipment, signs, railings or bus shelters.", "Public facilities", ["设施", "bench"]),
        Category("neighbour-dispute", "Neighbour dispute / 邻里纠纷", "Disputes between neighbours the grid worker can mediate.", "Community affairs", ["纠纷", "mediation"]),
    ];

    /// <summary>The district's catalogue: the defaults, each replaced by the district's own of that code, then the district's additions, by code.</summary>
    public static IReadOnlyList<CategoryDefinition> Of(IEnumerable<CategoryDefinition> own)
    {
        var byCode = Defaults.ToDictionary(d => d.Code, StringComparer.Ordinal);
        foreach (var definition in own)
        {
            byCode[definition.Code] = definition;
        }

        return byCode.Values.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The definition of <paramref name="code"/>: the district's own (when it has one) or a default; null when the district knows no such category.</summary>
    public static CategoryDefinition? Find(string code, CategoryDefinition? own) =>
        own ?? Defaults.FirstOrDefault(d => d.Code == code);

    /// <summary>Whether a case may be reported with <paramref name="code"/>: the district defined it, or it is a default.</summary>
    public static bool Knows(string code, bool definedByDistrict) => definedByDistrict || Defaults.Any(d => d.Code == code);

    /// <summary>Why a case cannot be reported with <paramref name="code"/>, naming the categories it could be.</summary>
    public static DomainError Unknown(string code, IEnumerable<CategoryDefinition> catalogue) =>
        DomainError.Rule($"category '{code}' is not in your district's catalogue; known categories: {string.Join(", ", catalogue.Select(d => d.Code))}.");

    private static CategoryDefinition Category(string code, string name, string description, string group, string[] keywords, params CategoryField[] attributes) =>
        new(code, name, description, group, keywords, attributes);
}
