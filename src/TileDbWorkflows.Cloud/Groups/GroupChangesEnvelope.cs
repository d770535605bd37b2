using System.Text.Json.Serialization;

namespace TileDbWorkflows.Cloud.Groups;

/// <summary>Wire body of v2 group PATCH.</summary>
internal sealed record GroupChangesEnvelope
{
    /// <summary>Wire field <c>group_changes</c>.</summary>
    [JsonPropertyName("group_changes")]
    public GroupChangesBody? GroupChanges { get; init; }
}
