using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Kind of asset stored as an array (<c>file_type</c>). Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<FileType>))]
public enum FileType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>notebook</c>.</summary>
    [JsonStringEnumMemberName("notebook")]
    Notebook,

    /// <summary>Wire value <c>user_defined_function</c>.</summary>
    [JsonStringEnumMemberName("user_defined_function")]
    UserDefinedFunction,

    /// <summary>Wire value <c>ml_model</c>.</summary>
    [JsonStringEnumMemberName("ml_model")]
    MlModel,

    /// <summary>Wire value <c>file</c>.</summary>
    [JsonStringEnumMemberName("file")]
    File,

    /// <summary>Wire value <c>registered_task_graph</c>.</summary>
    [JsonStringEnumMemberName("registered_task_graph")]
    RegisteredTaskGraph,
}
