using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TileDbWorkflows.Cloud.Json;

/// <summary>Serializer options for the wire: the source-generated context plus null-list handling.</summary>
internal static class TileDbJson
{
    /// <summary>Options shared by every request and response.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Typed metadata for <typeparamref name="T"/>.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(TileDbJsonContext.Default.Options)
        {
            TypeInfoResolver = TileDbJsonContext.Default.WithAddedModifier(NullListsReadAsEmpty),
        };
        options.MakeReadOnly();
        return options;
    }

    // The service sends "arrays": null for empty listings; callers should never have to null-check a list.
    private static void NullListsReadAsEmpty(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            var type = property.PropertyType;
            if (property.Set is not { } set || !type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
            {
                continue;
            }

            // Request models use nullable lists to mean "omit"; only non-nullable (response) lists are patched.
            if (property.IsSetNullable)
            {
                continue;
            }

            var empty = Array.CreateInstance(type.GetGenericArguments()[0], 0);
            property.Set = (target, value) => set(target, value ?? empty);
        }
    }
}
