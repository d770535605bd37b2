using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Serialization of task results. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<ResultFormat>))]
public enum ResultFormat
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>python_pickle</c>.</summary>
    [JsonStringEnumMemberName("python_pickle")]
    PythonPickle,

    /// <summary>Wire value <c>r_serialization</c>.</summary>
    [JsonStringEnumMemberName("r_serialization")]
    RSerialization,

    /// <summary>Wire value <c>json</c>.</summary>
    [JsonStringEnumMemberName("json")]
    Json,

    /// <summary>Wire value <c>arrow</c>.</summary>
    [JsonStringEnumMemberName("arrow")]
    Arrow,

    /// <summary>Wire value <c>bytes</c>.</summary>
    [JsonStringEnumMemberName("bytes")]
    Bytes,

    /// <summary>Wire value <c>tiledb_json</c>.</summary>
    [JsonStringEnumMemberName("tiledb_json")]
    TiledbJson,

    /// <summary>Wire value <c>native</c>.</summary>
    [JsonStringEnumMemberName("native")]
    Native,
}
