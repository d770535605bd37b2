using System.Text.Json.Serialization;
using TileDbWorkflows.Cloud.Arrays;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Who a group is shared with.</summary>
public sealed record GroupSharing
{
    /// <summary>Wire field <c>group_actions</c>.</summary>
    [JsonPropertyName("group_actions")]
    public IReadOnlyList<GroupAction> GroupActions { get => field ?? []; init; }

    /// <summary>Wire field <c>array_actions</c>.</summary>
    [JsonPropertyName("array_actions")]
    public IReadOnlyList<ArrayAction> ArrayActions { get => field ?? []; init; }

    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>namespace_type</c>.</summary>
    [JsonPropertyName("namespace_type")]
    public string? NamespaceType { get; init; }
}
