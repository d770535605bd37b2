using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cli.Infrastructure;

/// <summary>
/// An error as <c>--json</c> writes it: one object on stderr, so a script reads the failure as it reads the answer.
/// <paramref name="Status"/> is the HTTP status and <paramref name="Code"/> the TileDB error code, when there was an answer.
/// </summary>
internal sealed record CliError(
    [property: JsonPropertyName("status")] int? Status,
    [property: JsonPropertyName("code")] long? Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("request_id")] string? RequestId,
    [property: JsonPropertyName("errors"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors = null);
