using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>A TileDB Cloud task (SQL, UDF, query ...).</summary>
public sealed record ArrayTask
{
    /// <summary>Wire field <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Wire field <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Wire field <c>username</c>.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>Wire field <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Wire field <c>array_metadata</c>.</summary>
    [JsonPropertyName("array_metadata")]
    public ArrayInfo? ArrayMetadata { get; init; }

    /// <summary>Wire field <c>memory</c>.</summary>
    [JsonPropertyName("memory")]
    public long? Memory { get; init; }

    /// <summary>Wire field <c>cpu</c>.</summary>
    [JsonPropertyName("cpu")]
    public long? Cpu { get; init; }

    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>status</c>.</summary>
    [JsonPropertyName("status")]
    public ArrayTaskStatus? Status { get; init; }

    /// <summary>Wire field <c>status_message</c>.</summary>
    [JsonPropertyName("status_message")]
    public string? StatusMessage { get; init; }

    /// <summary>Wire field <c>start_time</c>.</summary>
    [JsonPropertyName("start_time")]
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Wire field <c>finish_time</c>.</summary>
    [JsonPropertyName("finish_time")]
    public DateTimeOffset? FinishTime { get; init; }

    /// <summary>Wire field <c>cost</c>.</summary>
    [JsonPropertyName("cost")]
    public double? Cost { get; init; }

    /// <summary>Wire field <c>egress_cost</c>.</summary>
    [JsonPropertyName("egress_cost")]
    public double? EgressCost { get; init; }

    /// <summary>Wire field <c>access_cost</c>.</summary>
    [JsonPropertyName("access_cost")]
    public double? AccessCost { get; init; }

    /// <summary>Wire field <c>query_type</c>.</summary>
    [JsonPropertyName("query_type")]
    public QueryType? QueryType { get; init; }

    /// <summary>Wire field <c>udf_code</c>.</summary>
    [JsonPropertyName("udf_code")]
    public string? UdfCode { get; init; }

    /// <summary>Wire field <c>udf_language</c>.</summary>
    [JsonPropertyName("udf_language")]
    public string? UdfLanguage { get; init; }

    /// <summary>Wire field <c>sql_query</c>.</summary>
    [JsonPropertyName("sql_query")]
    public string? SqlQuery { get; init; }

    /// <summary>Wire field <c>type</c>.</summary>
    [JsonPropertyName("type")]
    public ArrayTaskType? Type { get; init; }

    /// <summary>Wire field <c>activity</c>.</summary>
    [JsonPropertyName("activity")]
    public IReadOnlyList<ArrayActivityLog> Activity { get => field ?? []; init; }

    /// <summary>Wire field <c>logs</c>.</summary>
    [JsonPropertyName("logs")]
    public string? Logs { get; init; }

    /// <summary>Wire field <c>duration</c>, in nanoseconds.</summary>
    [JsonPropertyName("duration")]
    public double? Duration { get; init; }

    /// <summary>Wire field <c>sql_init_commands</c>.</summary>
    [JsonPropertyName("sql_init_commands")]
    public IReadOnlyList<string> SqlInitCommands { get => field ?? []; init; }

    /// <summary>Wire field <c>result_format</c>.</summary>
    [JsonPropertyName("result_format")]
    public ResultFormat? ResultFormat { get; init; }

    /// <summary>Wire field <c>task_graph_uuid</c>.</summary>
    [JsonPropertyName("task_graph_uuid")]
    public string? TaskGraphUuid { get; init; }

    /// <summary>Wire field <c>client_node_uuid</c>.</summary>
    [JsonPropertyName("client_node_uuid")]
    public string? ClientNodeUuid { get; init; }

    /// <summary>Wire field <c>cloud_provider</c>.</summary>
    [JsonPropertyName("cloud_provider")]
    public string? CloudProvider { get; init; }

    /// <summary>Wire field <c>cloud_region</c>.</summary>
    [JsonPropertyName("cloud_region")]
    public string? CloudRegion { get; init; }
}
