using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Emulator.Http;

/// <summary>
/// One serializer configuration for the wire: snake_case names like the service, and nulls omitted the
/// way the Python client omits them (fields that must be written as null opt out per property).
/// </summary>
public static class EmulatorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
