using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Json;

/// <summary>Wire-name lookups for the client's enums (used for JSON and query strings).</summary>
public static class WireNames
{
    /// <summary>The wire string for <paramref name="value"/>.</summary>
    public static string ToWire<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Cache<TEnum>.ToWire.TryGetValue(value, out var s) ? s : value.ToString();

    /// <summary>Parses a wire string; unknown or null values give the zero member.</summary>
    public static TEnum Parse<TEnum>(string? wire)
        where TEnum : struct, Enum
        => wire is not null && Cache<TEnum>.FromWire.TryGetValue(wire, out var v) ? v : default;

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ToWire = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Value: (TEnum)f.GetValue(null)!, Name: f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name))
            .Where(x => x.Name is not null)
            .ToFrozenDictionary(x => x.Value, x => x.Name!);

        public static readonly FrozenDictionary<string, TEnum> FromWire = ToWire
            .ToFrozenDictionary(x => x.Value, x => x.Key, StringComparer.OrdinalIgnoreCase);
    }
}
