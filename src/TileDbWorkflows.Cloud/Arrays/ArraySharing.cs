using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Arrays;

/// <summary>Who an array is shared with.</summary>
public sealed record ArraySharing
{
    /// <summary>Wire field <c>actions</c>.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<ArrayAction> Actions { get => field ?? []; init; }

    /// <summary>Wire field <c>namespace</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Wire field <c>namespace_type</c>.</summary>
    [JsonPropertyName("namespace_type")]
    public string? NamespaceType { get; init; }
}
