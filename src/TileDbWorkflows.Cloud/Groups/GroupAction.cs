using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Permission on a group. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<GroupAction>))]
public enum GroupAction
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
}
