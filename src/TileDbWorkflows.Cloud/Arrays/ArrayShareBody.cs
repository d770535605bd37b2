using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Wire body of PATCH share.</summary>
internal sealed record ArrayShareBody
{
    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>actions</c>.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<ArrayAction>? Actions { get; init; }
}
