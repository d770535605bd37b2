using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire body of PATCH group share.</summary>
internal sealed record GroupShareBody
{
    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>group_actions</c>.</summary>
    [JsonPropertyName("group_actions")]
    public IReadOnlyList<GroupAction>? GroupActions { get; init; }

    /// <summary>Wire field <c>array_actions</c>.</summary>
    [JsonPropertyName("array_actions")]
    public IReadOnlyList<ArrayAction>? ArrayActions { get; init; }
}
