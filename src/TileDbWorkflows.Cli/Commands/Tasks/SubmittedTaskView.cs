using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cli.Commands.Tasks;

/// <summary>The <c>--json</c> answer of <c>tasks sql|udf</c> without <c>--wait</c>, in the wire's snake_case.</summary>
internal sealed record SubmittedTaskView(
    [property: JsonPropertyName("task_id")] string TaskId,
    [property: JsonPropertyName("namespace")] string Namespace);
