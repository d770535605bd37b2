using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Kind of array activity event (v1 and v2 values). Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<ActivityEventType>))]
public enum ActivityEventType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>read_schema</c>.</summary>
    [JsonStringEnumMemberName("read_schema")]
    ReadSchema,

    /// <summary>Wire value <c>max_buffer_sizes</c>.</summary>
    [JsonStringEnumMemberName("max_buffer_sizes")]
    MaxBufferSizes,

    /// <summary>Wire value <c>non_empty_domain</c>.</summary>
    [JsonStringEnumMemberName("non_empty_domain")]
    NonEmptyDomain,

    /// <summary>Wire value <c>query_read</c>.</summary>
    [JsonStringEnumMemberName("query_read")]
    QueryRead,

    /// <summary>Wire value <c>query_write</c>.</summary>
    [JsonStringEnumMemberName("query_write")]
    QueryWrite,

    /// <summary>Wire value <c>query_delete</c>.</summary>
    [JsonStringEnumMemberName("query_delete")]
    QueryDelete,

    /// <summary>Wire value <c>create</c>.</summary>
    [JsonStringEnumMemberName("create")]
    Create,

    /// <summary>Wire value <c>delete</c>.</summary>
    [JsonStringEnumMemberName("delete")]
    Delete,

    /// <summary>Wire value <c>register</c>.</summary>
    [JsonStringEnumMemberName("register")]
    Register,

    /// <summary>Wire value <c>deregister</c>.</summary>
    [JsonStringEnumMemberName("deregister")]
    Deregister,

    /// <summary>Wire value <c>udf</c>.</summary>
    [JsonStringEnumMemberName("udf")]
    Udf,

    /// <summary>Wire value <c>array_metadata_get</c>.</summary>
    [JsonStringEnumMemberName("array_metadata_get")]
    ArrayMetadataGet,

    /// <summary>Wire value <c>array_metadata_update</c>.</summary>
    [JsonStringEnumMemberName("array_metadata_update")]
    ArrayMetadataUpdate,

    /// <summary>Wire value <c>estimated_result_sizes</c>.</summary>
    [JsonStringEnumMemberName("estimated_result_sizes")]
    EstimatedResultSizes,

    /// <summary>Wire value <c>read_fragment_info</c>.</summary>
    [JsonStringEnumMemberName("read_fragment_info")]
    ReadFragmentInfo,

    /// <summary>Wire value <c>read_enumerations</c>.</summary>
    [JsonStringEnumMemberName("read_enumerations")]
    ReadEnumerations,

    /// <summary>Wire value <c>update</c>.</summary>
    [JsonStringEnumMemberName("update")]
    Update,

    /// <summary>Wire value <c>info</c>.</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>Wire value <c>run</c>.</summary>
    [JsonStringEnumMemberName("run")]
    Run,
}
