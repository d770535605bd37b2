using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Json;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>Kind of task. Unrecognised wire values read as <see cref="Unknown"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<ArrayTaskType>))]
public enum ArrayTaskType
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>SQL</c>.</summary>
    [JsonStringEnumMemberName("SQL")]
    Sql,

    /// <summary>Wire value <c>UDF</c>.</summary>
    [JsonStringEnumMemberName("UDF")]
    Udf,

    /// <summary>Wire value <c>QUERY</c>.</summary>
    [JsonStringEnumMemberName("QUERY")]
    Query,

    /// <summary>Wire value <c>GENERIC_UDF</c>.</summary>
    [JsonStringEnumMemberName("GENERIC_UDF")]
    GenericUdf,

    /// <summary>Wire value <c>BATCH_UDF</c>.</summary>
    [JsonStringEnumMemberName("BATCH_UDF")]
    BatchUdf,

    /// <summary>Wire value <c>CLIENT_COMPUTATION</c>.</summary>
    [JsonStringEnumMemberName("CLIENT_COMPUTATION")]
    ClientComputation,
}
