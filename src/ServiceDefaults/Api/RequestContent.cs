using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Api;

/// <summary>
/// Content no field of any request may carry, checked once for every endpoint of a domain API so
/// that no handler can forget it:
/// <list type="bullet">
/// <item>control characters other than tab and line breaks: PostgreSQL refuses NUL in text, and
/// the others only garble screens and CSV exports;</item>
/// <item>bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
/// which make a name display as something else (display spoofing); the plain direction marks that
/// right-to-left text needs are allowed;</item>
/// <item>dates outside 1900–2200: no meeting, visit, birth or deadline lies there, and year 0001
/// or 9999 overflows the moment a time zone or a duration is applied.</item>
/// </list>
/// A refusal is 422 with every offending field named by its JSON path or query name. A field the
/// record declares non-nullable that is missing or null is 400 (<c>'skills' is required.</c>): the
/// serializer fills absent constructor parameters with null, which no handler expects.
/// </summary>
public static class RequestContent
{
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2200, 12, 31);
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, WalkedProperty[]> WalkedProperties = new();

    /// <summary>What a walk found: fields that must be given, and fields whose content is refused.</summary>
    internal sealed class Findings
    {
        public Dictionary<string, string[]> Missing { get; } = [];

        public Dictionary<string, string[]> Refused { get; } = [];
    }

    private sealed record WalkedProperty(PropertyInfo Property, string WireName, bool Required);

    /// <summary>Adds the check to every endpoint of <paramref name="group"/>.</summary>
    public static TBuilder CheckRequestContent<TBuilder>(this TBuilder group) where TBuilder : IEndpointConventionBuilder
    {
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var fromRequest = RequestBound(factory.MethodInfo, factory.ApplicationServices);
            if (fromRequest.Count == 0)
            {
                return next;
            }

            return async context =>
            {
                var findings = new Findings();
                foreach (var (index, name) in fromRequest)
                {
                    Walk(context.Arguments[index], name, findings, 0);
                }

                if (findings.Missing.Count > 0)
                {
                    return TypedResults.ValidationProblem(findings.Missing, title: "One or more required fields are missing.");
                }

                return findings.Refused.Count == 0 ? await next(context) : ApiProblems.Unprocessable(findings.Refused);
            };
        });
        return group;
    }

    /// <summary>
    /// The handler's parameters that come from the request (body, route, query, headers), by
    /// position, each with the name its fields are reported under: "" for a record (its fields are
    /// named as on the wire), the query or route name for a plain value. Services are left out:
    /// walking a DbContext would enumerate its tables.
    /// </summary>
    internal static List<(int Index, string Name)> RequestBound(MethodInfo handler, IServiceProvider services)
    {
        var isService = services.GetService<IServiceProviderIsService>();
        var bound = new List<(int, string)>();
        var parameters = handler.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.GetCustomAttributes().Any(a => a is FromServicesAttribute or FromKeyedServicesAttribute)
                || isService?.IsService(parameter.ParameterType) == true
                || typeof(HttpContext).IsAssignableFrom(type) || typeof(HttpRequest).IsAssignableFrom(type)
                || typeof(HttpResponse).IsAssignableFrom(type) || typeof(ClaimsPrincipal).IsAssignableFrom(type)
                || type == typeof(CancellationToken) || typeof(Stream).IsAssignableFrom(type))
            {
                continue;
            }

            bound.Add((i, IsWalkedType(type) ? "" : parameter.Name ?? ""));
        }

        return bound;
    }

    /// <summary>Reports what is wrong with one value and, for records and lists, everything inside it.</summary>
    internal static void Walk(object? value, string path, Findings errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (Refusal(text) is { } reason)
                {
                    errors.Refused[path] = [$"'{path}' {reason}"];
                }

                return;
            case DateTimeOffset moment:
                CheckDate(DateOnly.FromDateTime(moment.UtcDateTime), path, errors);
                return;
            case DateTime moment:
                CheckDate(DateOnly.FromDateTime(moment), path, errors);
                return;
            case DateOnly date:
                CheckDate(date, path, errors);
                return;
            case JsonElement or IFormFile or IQueryable:
                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                var entryPath = Join(path, key);
                if (Refusal(key) is { } reason)
                {
                    errors.Refused[entryPath] = [$"The key of '{entryPath}' {reason}"];
                }

                Walk(entry.Value, entryPath, errors, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", errors, depth + 1);
            }

            return;
        }

        foreach (var property in WalkedProperties.GetOrAdd(value.GetType(), Readable))
        {
            var propertyPath = Join(path, property.WireName);
            var propertyValue = property.Property.GetValue(value);
            if (propertyValue is null && property.Required)
            {
                errors.Missing[propertyPath] = [$"'{propertyPath}' is required."];
            }

            Walk(propertyValue, propertyPath, errors, depth + 1);
        }
    }

    /// <summary>Why a text is refused, or null when it is fine.</summary>
    internal static string? Refusal(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return $"contains the control character U+{(int)c:X4}, which is not accepted.";
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return $"contains the bidirectional control U+{(int)c:X4}, which could make it display as something else.";
            }
        }

        return null;
    }

    private static void CheckDate(DateOnly date, string path, Findings errors)
    {
        if (date < EarliestDate || date > LatestDate)
        {
            errors.Refused[path] = [$"'{path}' must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}."];
        }
    }

    // Request records are the platform's own types; framework and library types (geometries,
    // claims principals) are not walked.
    private static bool IsWalkedType(Type type) =>
        !type.IsEnum && type != typeof(string) && type.Assembly.GetName().Name?.StartsWith("Governance", StringComparison.Ordinal) == true;

    /// <summary>The fields walked inside a value of <paramref name="type"/>: none for a type that is not walked.</summary>
    private static WalkedProperty[] Readable(Type type)
    {
        if (!IsWalkedType(type))
        {
            return [];
        }

        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => new WalkedProperty(
                p,
                p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                !p.PropertyType.IsValueType && nullability.Create(p).ReadState == NullabilityState.NotNull))
            .ToArray();
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
