using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Permission on an array; used for sharing and invitations. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<ArrayAction>))]
public enum ArrayAction
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>read</c>.</summary>
    [JsonStringEnumMemberName("read")]
    Read,

    /// <summary>Wire value <c>write</c>.</summary>
    [JsonStringEnumMemberName("write")]
    Write,

    /// <summary>Wire value <c>edit</c>.</summary>
    [JsonStringEnumMemberName("edit")]
    Edit,

    /// <summary>Wire value <c>read_array_logs</c>.</summary>
    [JsonStringEnumMemberName("read_array_logs")]
    ReadArrayLogs,

    /// <summary>Wire value <c>read_array_info</c>.</summary>
    [JsonStringEnumMemberName("read_array_info")]
    ReadArrayInfo,

    /// <summary>Wire value <c>read_array_schema</c>.</summary>
    [JsonStringEnumMemberName("read_array_schema")]
    ReadArraySchema,
}
