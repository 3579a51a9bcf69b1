using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Governance.Grid.Domain.Territory;

/// <summary>One feature of an import file, as read; <see cref="Index"/> is its position in the file.</summary>
public sealed record ImportFeature(int Index, string? Level, string? Name, string? Code, string? ParentCode, JsonElement? Geometry);

/// <summary>Everything wrong with one feature, so a district can fix its file in one pass.</summary>
public sealed record ImportFeatureError(int Index, string? Code, IReadOnlyList<string> Errors);

/// <summary>
/// Plans the import of a district's units from a GeoJSON FeatureCollection: every feature is
/// checked against the ladder, the codes and the no-overlap rule, against both the units the
/// district already has and the other features of the file. Either every feature becomes a
/// unit or none does.
/// </summary>
public sealed class TerritoryImport
{
    private readonly Dictionary<string, TerritorialUnit> unitsByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, List<TerritorialUnit>> childrenByParent = [];
    private readonly List<TerritorialUnit> created = [];
    private readonly List<ImportFeatureError> errors = [];
    private readonly string administrativeCode;

    public TerritoryImport(IEnumerable<TerritorialUnit> existingUnits, string administrativeCode)
    {
        this.administrativeCode = administrativeCode;
        foreach (var unit in existingUnits)
        {
            Register(unit);
        }
    }

    public IReadOnlyList<TerritorialUnit> Created => created;

    public IReadOnlyList<ImportFeatureError> Errors => errors;

    public void Run(IReadOnlyList<ImportFeature> features, DateTimeOffset now)
    {
        var read = features.Select(Read).ToList();
        var duplicateCodes = read.Where(f => f.Code is not null).GroupBy(f => f.Code!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var failedCodes = new HashSet<string>(StringComparer.Ordinal);

        // Parents before children: a feature may name a parent that comes later in the file.
        foreach (var feature in read.OrderBy(f => f.Level ?? UnitLevel.Building).ThenBy(f => f.Feature.Index))
        {
            var problems = feature.Problems;
            if (feature.Code is { } code && duplicateCodes.Contains(code))
            {
                problems.Add($"code '{code}' appears more than once in the file.");
            }
            else if (feature.Code is not null && unitsByCode.ContainsKey(feature.Code))
            {
                problems.Add($"code '{feature.Code}' is already used by a unit of your district.");
            }

            TerritorialUnit? parent = null;
            if (feature.Feature.ParentCode is { } parentCode && !string.IsNullOrWhiteSpace(parentCode))
            {
                if (!unitsByCode.TryGetValue(parentCode, out parent))
                {
                    problems.Add(failedCodes.Contains(parentCode)
                        ? $"its parent '{parentCode}' could not be imported."
                        : $"parentCode '{parentCode}' names no unit of your district or of the file.");
                }
            }

            if (problems.Count == 0 && feature.Level is { } level)
            {
                Place(feature, level, parent, now, problems);
            }

            if (problems.Count > 0)
            {
                errors.Add(new ImportFeatureError(feature.Feature.Index, feature.Code, problems));
                if (feature.Code is not null)
                {
                    failedCodes.Add(feature.Code);
                }
            }
        }

        errors.Sort((a, b) => a.Index.CompareTo(b.Index));
    }

    private void Place(ReadFeature feature, UnitLevel level, TerritorialUnit? parent, DateTimeOffset now, List<string> problems)
    {
        var siblings = parent is null
            ? unitsByCode.Values.Where(u => u.ParentId is null && u.Level == level)
            : (IEnumerable<TerritorialUnit>)childrenByParent.GetValueOrDefault(parent.Id, []);
        var code = feature.Code;
        if (code is null)
        {
            (code, var codeError) = UnitCode.Next(parent?.Code ?? administrativeCode, siblings.Select(s => s.Code));
            if (code is null)
            {
                problems.Add(codeError!);
                return;
            }
        }

        var (unit, error) = TerritorialUnit.Create(level, parent, feature.Feature.Name!, code, feature.Boundary, now);
        if (unit is null)
        {
            problems.Add(error!);
            return;
        }

        if (unit is { Level: UnitLevel.Grid, Boundary: { } boundary }
            && siblings.FirstOrDefault(s => s.Level == UnitLevel.Grid && s.Boundary is not null && Boundary.Overlaps(boundary, s.Boundary)) is { } sibling)
        {
            problems.Add($"its boundary overlaps grid '{sibling.Name}' ({sibling.Code}).");
            return;
        }

        Register(unit);
        created.Add(unit);
    }

    private void Register(TerritorialUnit unit)
    {
        unitsByCode[unit.Code!] = unit;
        if (unit.ParentId is { } parentId)
        {
            if (!childrenByParent.TryGetValue(parentId, out var children))
            {
                childrenByParent[parentId] = children = [];
            }

            children.Add(unit);
        }
    }

    private static ReadFeature Read(ImportFeature feature)
    {
        var problems = new List<string>();
        UnitLevel? level = null;
        if (feature.Level is null || !Enum.TryParse<UnitLevel>(feature.Level, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            problems.Add("properties.level must be one of street, community, grid, building.");
        }
        else
        {
            level = parsed;
        }

        if (string.IsNullOrWhiteSpace(feature.Name) || feature.Name.Length > UnitRules.MaxNameLength)
        {
            problems.Add($"properties.name is required, at most {UnitRules.MaxNameLength} characters.");
        }

        var code = string.IsNullOrWhiteSpace(feature.Code) ? null : feature.Code.Trim();
        if (code is not null && (code.Length > UnitRules.MaxCodeLength || !System.Text.RegularExpressions.Regex.IsMatch(code, UnitRules.CodePattern)))
        {
            problems.Add($"properties.code must be at most {UnitRules.MaxCodeLength} letters, digits or dashes.");
        }

        Geometry? boundary = null;
        if (feature.Geometry is { ValueKind: not JsonValueKind.Null } geoJson)
        {
            (boundary, var error) = Boundary.Read(geoJson);
            if (error is not null)
            {
                problems.Add(error.Replace("boundary", "geometry", StringComparison.Ordinal));
            }
        }

        return new ReadFeature(feature, level, code, boundary, problems);
    }

    private sealed record ReadFeature(ImportFeature Feature, UnitLevel? Level, string? Code, Geometry? Boundary, List<string> Problems);
}
