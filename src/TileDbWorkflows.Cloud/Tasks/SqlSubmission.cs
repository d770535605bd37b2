using System.Text.Json;
using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Tasks;

/// <summary>A SQL query to run in a namespace (<c>POST /v1/sql/{namespace}</c>).</summary>
public sealed record SqlSubmission
{
    /// <summary>Optional task name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The SQL text.</summary>
    [JsonPropertyName("query")]
    public string? Query { get; init; }

    /// <summary>Statements run before the query.</summary>
    [JsonPropertyName("init_commands")]
    public IReadOnlyList<string>? InitCommands { get; init; }

    /// <summary>Bound query parameters.</summary>
    [JsonPropertyName("parameters")]
    public IReadOnlyList<JsonElement>? Parameters { get; init; }

    /// <summary>Array to write results to, if any.</summary>
    [JsonPropertyName("output_uri")]
    public string? OutputUri { get; init; }

    /// <summary>Whether the service keeps the results.</summary>
    [JsonPropertyName("store_results")]
    public bool? StoreResults { get; init; }

    /// <summary>Result serialization.</summary>
    [JsonPropertyName("result_format")]
    public ResultFormat? ResultFormat { get; init; }

    /// <summary>Resource class (standard, large).</summary>
    [JsonPropertyName("resource_class")]
    public string? ResourceClass { get; init; }

    /// <summary>Timeout in seconds.</summary>
    [JsonPropertyName("task_timeout")]
    public int? TaskTimeout { get; init; }
}
