using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Query kind of a task. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<QueryType>))]
public enum QueryType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>READ</c>.</summary>
    [JsonStringEnumMemberName("READ")]
    Read,

    /// <summary>Wire value <c>WRITE</c>.</summary>
    [JsonStringEnumMemberName("WRITE")]
    Write,

    /// <summary>Wire value <c>DELETE</c>.</summary>
    [JsonStringEnumMemberName("DELETE")]
    Delete,
}
