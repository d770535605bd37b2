using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Json;

/// <summary>
/// Reads an integer that the server may send as <c>3</c>, <c>3.0</c> or <c>"3"</c>: the Spec types
/// pagination fields as number and the Python client reads them as float, so servers are not strict.
/// </summary>
public sealed class FlexibleInt64Converter : JsonConverter<long>
{
    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt64(out var l) => l,
            JsonTokenType.Number => (long)reader.GetDouble(),
            JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => (long)d,
            JsonTokenType.Null => 0,
            _ => throw new JsonException($"Expected a number, got {reader.TokenType}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
