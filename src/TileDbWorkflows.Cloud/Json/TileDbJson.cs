using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TileDbWorkflows.Cloud.Json;

/// <summary>
/// Serializer options for the wire (the source-generated context). Null lists on the wire
/// (<c>"arrays": null</c>) are turned into empty lists by the models' getters, not here: a contract
/// modifier on the setter is not invoked for null tokens.
/// </summary>
internal static class TileDbJson
{
    /// <summary>Options shared by every request and response.</summary>
    public static JsonSerializerOptions Options => TileDbJsonContext.Default.Options;

    /// <summary>Typed metadata for <typeparamref name="T"/>.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
