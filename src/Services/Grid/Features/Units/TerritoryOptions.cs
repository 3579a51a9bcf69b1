namespace Governance.Grid.Features.Units;

/// <summary>Per-district territory settings (section <c>Territory</c>).</summary>
public sealed class TerritoryOptions
{
    public const string Section = "Territory";

    /// <summary>Each district's 6-digit GB/T 2260 administrative code, e.g. <c>lunan: 130202</c>: the prefix of its unit codes.</summary>
    public Dictionary<string, string> AdministrativeCodes { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The prefix for districts not configured above, so their codes still follow the scheme.</summary>
    public string DefaultAdministrativeCode { get; init; } = "000000";

    public string AdministrativeCodeOf(string district) =>
        AdministrativeCodes.TryGetValue(district, out var code) ? code : DefaultAdministrativeCode;
}
