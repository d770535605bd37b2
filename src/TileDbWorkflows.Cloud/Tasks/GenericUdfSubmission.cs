using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>A generic UDF to run in a namespace (<c>POST /v1/udfs/generic/{namespace}</c>).</summary>
public sealed record GenericUdfSubmission
{
    /// <summary>Registered UDF name (namespace/name), or null when sending code.</summary>
    [JsonPropertyName("udf_info_name")]
    public string? UdfInfoName { get; init; }

    /// <summary>python or r.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>Language version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Runtime image.</summary>
    [JsonPropertyName("image_name")]
    public string? ImageName { get; init; }

    /// <summary>Resource class.</summary>
    [JsonPropertyName("resource_class")]
    public string? ResourceClass { get; init; }

    /// <summary>Serialized function.</summary>
    [JsonPropertyName("exec")]
    public string? Exec { get; init; }

    /// <summary>Raw source of the function.</summary>
    [JsonPropertyName("exec_raw")]
    public string? ExecRaw { get; init; }

    /// <summary>Serialized arguments.</summary>
    [JsonPropertyName("argument")]
    public string? Argument { get; init; }

    /// <summary>Result serialization.</summary>
    [JsonPropertyName("result_format")]
    public ResultFormat? ResultFormat { get; init; }

    /// <summary>Optional task name.</summary>
    [JsonPropertyName("task_name")]
    public string? TaskName { get; init; }

    /// <summary>Whether the service keeps the results.</summary>
    [JsonPropertyName("store_results")]
    public bool? StoreResults { get; init; }

    /// <summary>Timeout in seconds.</summary>
    [JsonPropertyName("timeout")]
    public int? Timeout { get; init; }

    /// <summary>Skip returning results.</summary>
    [JsonPropertyName("dont_download_results")]
    public bool? DontDownloadResults { get; init; }
}
