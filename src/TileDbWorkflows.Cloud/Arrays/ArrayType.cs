using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Array layout. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<ArrayType>))]
public enum ArrayType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>dense</c>.</summary>
    [JsonStringEnumMemberName("dense")]
    Dense,

    /// <summary>Wire value <c>sparse</c>.</summary>
    [JsonStringEnumMemberName("sparse")]
    Sparse,
}
