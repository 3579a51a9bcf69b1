using System.Text.Json;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// Reads enum values from query strings exactly as they are written in JSON bodies (kebab-case,
/// e.g. <c>level=street</c>), so a frontend uses one spelling everywhere.
/// </summary>
public static class WireNames
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The accepted spellings, for error messages.</summary>
    public static string Names<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Name));

    /// <summary>
    /// An optional enum query parameter spelled as in bodies: null when absent; an unknown value adds an
    /// error naming the field and the allowed values.
    /// </summary>
    public static TEnum? Filter<TEnum>(string? text, string field, IDictionary<string, string[]> errors) where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (TryParse<TEnum>(text, out var parsed))
        {
            return parsed;
        }

        errors[field] = [$"'{field}' must be one of: {Names<TEnum>()}."];
        return null;
    }
}
