using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Json;

/// <summary>
/// Maps an enum to the exact wire strings declared with <see cref="JsonStringEnumMemberNameAttribute"/>.
/// Reading is case-insensitive and tolerant: a value this client does not know becomes the enum's
/// zero member (<c>Unknown</c>) instead of failing the whole response, because the service adds values
/// over time (the Python client does not validate enum fields either).
/// </summary>
/// <typeparam name="TEnum">Enum type.</typeparam>
public sealed class WireEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return default;
        }

        return WireNames.Parse<TEnum>(reader.GetString());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WireNames.ToWire(value));
    }
}
