using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Member kind in group contents filters (v1, lower case). Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<GroupMemberType>))]
public enum GroupMemberType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>group</c>.</summary>
    [JsonStringEnumMemberName("group")]
    Group,

    /// <summary>Wire value <c>array</c>.</summary>
    [JsonStringEnumMemberName("array")]
    Array,
}
