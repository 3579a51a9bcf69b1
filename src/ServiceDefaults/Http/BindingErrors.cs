using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// Turns a request that could not be bound into field errors a frontend can act on: the field by
/// its JSON path (<c>skills[0].level</c>) or query name, and what it should have been, with the
/// allowed values for an enum. The framework's own messages name .NET types, parameter
/// declarations and byte positions, which mean nothing to a caller of the gateway.
/// </summary>
public static partial class BindingErrors
{
    private static readonly ConcurrentDictionary<string, Type?> TypesByName = new();

    /// <summary>
    /// The field errors for a binding failure, or null when it is not one (e.g. a body too large).
    /// <paramref name="endpoint"/>, the handler, tells what type the body should have been.
    /// </summary>
    public static Dictionary<string, string[]>? From(BadHttpRequestException exception, MethodInfo? endpoint = null)
    {
        if (exception.InnerException is JsonException json)
        {
            var bodyParameter = BodyParameter().Match(exception.Message).Groups["name"].Value;
            var bodyType = endpoint?.GetParameters().FirstOrDefault(p => p.Name == bodyParameter)?.ParameterType;
            return FromJson(json, bodyType);
        }

        var message = exception.Message;
        if (ParameterValue().Match(message) is { Success: true } value)
        {
            var name = value.Groups["name"].Value;
            var declared = endpoint?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;
            return new() { [name] = [$"'{name}' must be {(declared is null ? Expected(value.Groups["type"].Value) : Expected(declared))}."] };
        }

        if (RequiredParameter().Match(message) is { Success: true } required)
        {
            var name = required.Groups["name"].Value;
            return new() { [name] = [$"'{name}' is required."] };
        }

        if (MissingBody().IsMatch(message))
        {
            return new() { ["body"] = ["A JSON body is required."] };
        }

        return null;
    }

    public static Dictionary<string, string[]> FromJson(JsonException exception, Type? bodyType = null)
    {
        var path = FieldPath(exception.Path);
        var message = exception.Message;

        var missing = MissingProperties().Match(message);
        if (missing.Success)
        {
            return QuotedNames().Matches(missing.Groups["names"].Value)
                .Select(m => Join(path, m.Groups["name"].Value))
                .Distinct()
                .ToDictionary(field => field, field => new[] { $"'{field}' is required." });
        }

        var field = path.Length == 0 ? "body" : path;
        if (NullNotAllowed().IsMatch(message))
        {
            return new() { [field] = [$"'{field}' must not be null."] };
        }

        // For a record's constructor parameter the serializer names the record, not the field's
        // type, so the field's type is looked up along the path when the body's type is known.
        var conversion = ConversionTarget().Match(message);
        if (conversion.Success)
        {
            var fieldType = bodyType is null ? null : TypeAt(bodyType, path);
            return new() { [field] = [$"'{field}' must be {(fieldType is null ? Expected(conversion.Groups["type"].Value) : Expected(fieldType))}."] };
        }

        // Malformed JSON (a missing quote, a trailing comma): the reader's message says where.
        return new() { [field] = [$"The body is not valid JSON at '{field}'."] };
    }

    /// <summary><c>$.skills[0].level</c> → <c>skills[0].level</c>; the body itself is the empty path.</summary>
    internal static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        // Names that need quoting come as ['name'].
        return QuotedSegment().Replace(path, m => "." + m.Groups["name"].Value).TrimStart('.');
    }

    /// <summary>The type a JSON path leads to inside <paramref name="root"/>, or null when it cannot be followed.</summary>
    internal static Type? TypeAt(Type root, string path)
    {
        var type = root;
        foreach (Match segment in PathSegments().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                type = ElementType(type);
            }
            else
            {
                var name = segment.Groups["name"].Value;
                type = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p => string.Equals(p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, name, StringComparison.OrdinalIgnoreCase))
                    ?.PropertyType
                    ?? DictionaryValueType(type);
            }

            if (type is null)
            {
                return null;
            }
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static Type? DictionaryValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            ?.GetGenericArguments()[1];

    /// <summary>The name the serializer would use in its own messages.</summary>
    private static string FullName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? inner.FullName ?? inner.Name
        : type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)) ? "Dictionary`"
        : type.IsArray || (type != typeof(string) && ElementType(type) is not null) ? "List`"
        : type.FullName ?? type.Name;

    /// <summary>
    /// What a value of a known type should be. An enum is described from the type itself, not
    /// looked up by name: a framework enum such as <see cref="DayOfWeek"/> (places' opening hours)
    /// is in no Governance assembly, and by name it would have read as "an object".
    /// </summary>
    private static string Expected(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType ? $"one of: {EnumWireNames(enumType)}" : Expected(FullName(type));

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Expected(string typeName)
    {
        // JSON messages name the CLR type (System.Nullable`1[[System.Int32, …]]), binding messages
        // the C# declaration (int?).
        var underlying = NullableOf().Match(typeName) is { Success: true } nullable ? nullable.Groups["inner"].Value
            : NullableDeclaration().Match(typeName) is { Success: true } declaration ? declaration.Groups["inner"].Value
            : typeName.TrimEnd('?');
        return underlying.Replace("System.", "", StringComparison.Ordinal) switch
        {
            "Guid" => "a GUID such as 0192f1a2-7c3b-7def-8a00-1b2c3d4e5f60",
            "DateTimeOffset" or "DateTime" => "an ISO 8601 timestamp with an offset, such as 2026-11-29T10:00:00+08:00",
            "DateOnly" => "a date such as 2026-11-29",
            "TimeOnly" => "a time of day such as 08:30",
            "TimeSpan" => "a duration such as 01:30:00",
            "String" or "string" => "a string",
            "Boolean" or "bool" => "true or false",
            "Int32" or "Int64" or "Int16" or "Byte" or "int" or "long" or "short" or "byte" => "a whole number",
            "Double" or "Decimal" or "Single" or "double" or "decimal" or "float" => "a number",
            _ when EnumNamed(underlying) is { } enumType => $"one of: {EnumWireNames(enumType)}",
            _ when underlying.Contains("List`", StringComparison.Ordinal)
                || underlying.Contains("[]", StringComparison.Ordinal)
                || underlying.Contains("Enumerable`", StringComparison.Ordinal)
                || underlying.Contains("Collection`", StringComparison.Ordinal) => "an array",
            _ when underlying.Contains("Dictionary`", StringComparison.Ordinal) => "an object",
            _ => "an object",
        };
    }

    /// <summary>A Governance enum by full name (JSON messages) or by its C# name (binding messages).</summary>
    private static Type? EnumNamed(string name) => TypesByName.GetOrAdd(name, static wanted =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name?.StartsWith("Governance", StringComparison.Ordinal) == true)
            .SelectMany(assembly => assembly.GetTypes())
            .FirstOrDefault(type => type.IsEnum && (type.FullName == wanted || type.Name == wanted)));

    private static string EnumWireNames(Type enumType) =>
        string.Join(", ", Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName));

    [GeneratedRegex(@"missing required properties,? including:? (?<names>.*?)(\. Path:|\.?$)", RegexOptions.Singleline)]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"Failed to bind parameter ""(?<type>\S+) (?<name>[^""\s]+)"" from")]
    private static partial Regex ParameterValue();

    [GeneratedRegex(@"Required parameter ""\S+ (?<name>[^""\s]+)"" was not provided")]
    private static partial Regex RequiredParameter();

    [GeneratedRegex(@"no body was provided", RegexOptions.IgnoreCase)]
    private static partial Regex MissingBody();

    [GeneratedRegex(@"Failed to read parameter ""\S+ (?<name>[^""\s]+)"" from the request body")]
    private static partial Regex BodyParameter();

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathSegments();

    [GeneratedRegex(@"'(?<name>[^']+)'")]
    private static partial Regex QuotedNames();

    [GeneratedRegex(@"doesn't allow (setting|getting) null values|cannot be null|null value")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.?(?:\s|$)")]
    private static partial Regex ConversionTarget();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?(?<inner>[^,\]]+)")]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"^Nullable<(?<inner>[^>]+)>$")]
    private static partial Regex NullableDeclaration();

    [GeneratedRegex(@"\['(?<name>[^']+)'\]")]
    private static partial Regex QuotedSegment();
}
