using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// Reads a timestamp with any ISO 8601 offset (China-time clients send <c>+08:00</c>) as the same
/// instant in UTC, so every service stores and answers UTC (<c>…Z</c>) whatever the caller sent;
/// PostgreSQL's <c>timestamptz</c> driver refuses any other offset.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Not a timestamp, or one whose UTC instant is not representable (year 0001 at +08:00):
        // the same message as the serializer's own, so the caller is told the expected format.
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(DateTimeOffset).FullName}.");
        }

        return value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime());
}
